"""Renders a `Document` as text in layouts (a)–(f) of VOCABULARY §6, as HTML and as .docx.

Text layouts are what converters produce from the originals:
(a) .docx export: one cell per line led by a tab, an empty row is a line of tabs;
(b) HTML export: each cell on its own line ending in " |", rows run together;
(c) header leaves first, then every value on its own line with blank lines between; statement
    tables carry a 行次 index column;
(d) pipe rows with trailing empty cells ("编制数 | 34 | 34 | ||||");
(e) PDF text: page numbers injected, hard wraps that can split a number, spaced-out headings;
(f) mirror sites: Traditional characters with pinyin inserted (applied through `transform`).
"""

import html
import io
import zipfile

from .numerals import fullwidth

_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def _identity(text):
    return text


# Text layouts


def _grid(table):
    """Header and body rows as lists of (text, colspan) with continued cells as empty text."""
    def flat(row):
        return [("" if cell.continued else cell.text, cell.colspan) for cell in row]
    return [flat(row) for row in table.header], [flat(row) for row in table.rows]


def _leaves(table):
    """The lowest header label of each grid column (layout c prints only these)."""
    width = table.width
    leaves = [""] * width
    for row in table.header:
        column = 0
        for cell in row:
            if not cell.continued and cell.text and cell.colspan == 1:
                leaves[column] = cell.text
            elif not cell.continued and cell.text and not leaves[column]:
                leaves[column] = cell.text
            column += cell.colspan
    return leaves


def _table_lines(table, layout, rng, t):
    lines = [t(table.title), t(table.unit_line)]
    header, body = _grid(table)
    if layout == "a":
        for row in header + body:
            if all(not text for text, _ in row):
                lines.append("\t" * len(row))
                continue
            lines.extend("\t" + t(text) for text, _ in row)
            lines.append("")
    elif layout == "b":
        for row in header + body:
            lines.extend(f"{t(text)} |" for text, _ in row)
    elif layout == "c":
        leaves = _leaves(table)
        if table.is_statement:
            leaves = leaves[:1] + ["行次"] + leaves[1:]
        lines.extend(t(leaf) for leaf in leaves)
        lines.append("")
        for index, row in enumerate(body, start=1):
            cells = [text for text, _ in row]
            if table.is_statement:
                cells = cells[:1] + [str(index)] + cells[1:]
            for text in cells:
                lines.append(t(text))
                lines.append("")
    elif layout == "d":
        for row in header + body:
            trailing = "|" * rng.randint(1, 4)
            lines.append(" | ".join(t(text) for text, _ in row) + " | " + trailing)
    elif layout == "e":
        for row in header + body:
            lines.append((" " * rng.randint(2, 4)).join(t(text) for text, _ in row if text))
    return lines


def _spaced(text):
    return " ".join(text)


def _wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def render_text(doc, layout, rng, transform=None):
    """The document as converted text in `layout` (a–e; f is any layout with a mirror transform)."""
    t = transform or _identity
    lines = []
    width = rng.randint(28, 40)
    for kind, value in doc.blocks:
        if kind == "table":
            lines.extend(_table_lines(value, layout, rng, t))
            continue
        text = t(value)
        if doc.style.fullwidth and kind == "para":
            text = fullwidth(text)
        if layout == "e":
            if kind in ("title", "heading"):
                lines.append(_spaced(text))
            else:
                lines.extend(_wrap(text, width))
        else:
            lines.append(text)
        if kind == "para" and layout in ("a", "c"):
            lines.append("")
    if layout == "e":
        paged = []
        page = 1
        per_page = rng.randint(25, 40)
        for index, line in enumerate(lines, start=1):
            paged.append(line)
            if index % per_page == 0:
                paged.append(rng.choice([f"- {page} -", f"第 {page} 页", f"{page}"]))
                paged.append("\f")
                page += 1
        lines = paged
    return "\n".join(lines) + "\n"


# HTML


def _html_text(text, entities):
    escaped = html.escape(text, quote=False)
    if entities:
        escaped = (escaped.replace("“", "&ldquo;").replace("”", "&rdquo;")
                   .replace("（", "&#65288;").replace("）", "&#65289;"))
    return escaped


def render_html(doc, rng, transform=None):
    """The document as an HTML page with real tables (rowspan/colspan for merged cells)."""
    t = transform or _identity
    entities = rng.random() < 0.5
    titles = [value for kind, value in doc.blocks if kind == "title"]
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>{_html_text(t(''.join(titles)), entities)}</title>"]
    if rng.random() < 0.5:
        out.append("<style>body{font-family:SimSun,serif} td{border:1px solid #999;padding:2px 6px}"
                   " .nav{color:#666}</style>")
    if rng.random() < 0.4:
        out.append("<script>var visits = 2941; var pageSize = 20;"
                   " function track(){ return visits + 1683; }</script>")
    out += ["</head>", "<body>", "<div class=\"nav\">首页 &gt; 信息公开 &gt; 预决算公开&nbsp;&nbsp;</div>"]
    for kind, value in doc.blocks:
        if kind == "title":
            out.append(f"<h2>{_html_text(t(value), entities)}</h2>")
        elif kind == "heading":
            out.append(f"<h3>{_html_text(t(value), entities)}</h3>")
        elif kind == "para":
            out.append(f"<p>{'&nbsp;&nbsp;' if entities else ''}{_html_text(t(value), entities)}</p>")
        else:
            out.append(f"<p class=\"caption\">{_html_text(t(value.title), entities)}</p>")
            out.append(f"<p class=\"unit\">{_html_text(t(value.unit_line), entities)}</p>")
            out.append("<table>")
            for row in value.header + value.rows:
                cells = []
                for cell in row:
                    if cell.continued:
                        continue
                    attrs = ""
                    if cell.colspan > 1:
                        attrs += f" colspan=\"{cell.colspan}\""
                    if cell.rowspan > 1:
                        attrs += f" rowspan=\"{cell.rowspan}\""
                    text = _html_text(t(cell.text), entities) if cell.text else "&nbsp;"
                    cells.append(f"<td{attrs}>{text}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    out += ["<div class=\"footer\">&copy; 版权所有</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


# DOCX

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _runs(text, rng, bold=False):
    """Splits `text` into 1–3 runs at arbitrary points, as Word does after edits."""
    if not text:
        return ""
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(0, 2)))) if len(text) > 1 else []
    pieces, start = [], 0
    for cut in cuts + [len(text)]:
        pieces.append(text[start:cut])
        start = cut
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return "".join(f'<w:r>{props}<w:t xml:space="preserve">{html.escape(piece, quote=False)}</w:t></w:r>'
                   for piece in pieces if piece)


def _paragraph(text, rng, bold=False, center=False):
    props = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{props}{_runs(text, rng, bold)}</w:p>"


def render_docx(doc, rng, transform=None):
    """The document as .docx bytes: paragraphs and w:tbl tables with gridSpan/vMerge merges."""
    t = transform or _identity
    body = []
    for kind, value in doc.blocks:
        if kind == "title":
            body.append(_paragraph(t(value), rng, bold=True, center=True))
        elif kind == "heading":
            body.append(_paragraph(t(value), rng, bold=True))
        elif kind == "para":
            body.append(_paragraph(t(value), rng))
        else:
            body.append(_paragraph(t(value.title), rng, bold=True, center=True))
            body.append(_paragraph(t(value.unit_line), rng))
            grid = "".join("<w:gridCol w:w=\"1600\"/>" for _ in range(value.width))
            rows = []
            for row in value.header + value.rows:
                cells = []
                for cell in row:
                    props = ""
                    if cell.colspan > 1:
                        props += f'<w:gridSpan w:val="{cell.colspan}"/>'
                    if cell.rowspan > 1:
                        props += '<w:vMerge w:val="restart"/>'
                    if cell.continued:
                        props += "<w:vMerge/>"
                    tc_props = f"<w:tcPr>{props}</w:tcPr>" if props else ""
                    text = "" if cell.continued else t(cell.text)
                    cells.append(f"<w:tc>{tc_props}{_paragraph(text, rng)}</w:tc>")
                rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in (("[Content_Types].xml", _CONTENT_TYPES), ("_rels/.rels", _RELS),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8"))
    return buffer.getvalue()


def encode_text(text, encoding):
    """Bytes of a .txt document: utf-8, utf-8-bom, gb18030 or utf-16le-bom."""
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding == "utf-16le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(encoding)
