#!/usr/bin/env python3
"""Writes the reader test fixtures (small text in several encodings, .docx and .html files,
hostile archives) into Tests/FiscalDisclosuresTests/Fixtures/{reading,bad-input}.

Deterministic: running it again produces the same bytes (fixed zip timestamps, seeded
randomness). Run from the repository root: python3 Scripts/reading-fixtures.py
"""
import os
import random
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "FiscalDisclosuresTests", "Fixtures")
READING = os.path.join(ROOT, "reading")
BAD = os.path.join(ROOT, "bad-input")
STAMP = (2017, 1, 1, 0, 0, 0)

SAMPLE = (
    "中共某某县信访局\n"
    "2017年部门预算信息公开情况说明\n"
    "2017年预算收入2941.59万元，其中：一般公共预算收入2941.59万元。\n"
    "“三公”经费预算安排32.78万元。\n"
)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)


def write(path, data):
    with open(path, "wb") as handle:
        handle.write(data)


def para(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def cell(text, extra=""):
    return f"<w:tc><w:tcPr>{extra}</w:tcPr>{para(text)}</w:tc>"


def docx(path, body, extra_entries=(), compression=zipfile.ZIP_DEFLATED, raw_document=None):
    document = raw_document if raw_document is not None else (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {W} {MC} {WPS}><w:body>{body}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", document), *extra_entries]:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = compression
            archive.writestr(info, data)


def main():
    os.makedirs(READING, exist_ok=True)
    os.makedirs(BAD, exist_ok=True)

    # Text in each encoding.
    write(os.path.join(READING, "gb18030.txt"), SAMPLE.encode("gb18030"))
    write(os.path.join(READING, "utf8-bom.txt"), b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"))
    write(os.path.join(READING, "utf16le-nobom.txt"), SAMPLE.encode("utf-16-le"))
    write(os.path.join(READING, "utf16be-nobom.txt"), SAMPLE.encode("utf-16-be"))
    write(os.path.join(READING, "utf16le-bom.txt"), b"\xff\xfe" + SAMPLE.encode("utf-16-le"))
    write(os.path.join(READING, "crlf.txt"), SAMPLE.replace("\n", "\r\n").encode("utf-8"))

    # A document with merged cells, a nested table, a text box, a line break and a tab.
    span2 = '<w:gridSpan w:val="2"/>'
    restart = '<w:vMerge w:val="restart"/>'
    table = (
        "<w:tbl>"
        f"<w:tr>{cell('项目')}{cell('预算数', span2)}</w:tr>"
        f"<w:tr>{cell('基本支出', restart)}{cell('468.03')}{cell('人员经费')}</w:tr>"
        f"<w:tr>{cell('', '<w:vMerge/>')}{cell('75.77')}{cell('公用经费')}</w:tr>"
        "<w:tr><w:tc><w:tcPr/>"
        f"<w:tbl><w:tr>{cell('内表')}{cell('1.00')}</w:tr></w:tbl>{para('')}"
        f"</w:tc>{cell('项目支出')}{cell('2473.56')}</w:tr>"
        "</w:tbl>"
    )
    textbox = (
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
        f"{para('文本框里的说明')}"
        "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        f"{para('文本框里的说明')}"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    body = (
        para("中共某某县信访局2017年部门预算")
        + "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>续</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>删去</w:t></w:r><w:del><w:r><w:delText>已删除</w:delText></w:r></w:del></w:p>"
        + para("单位：万元")
        + table
        + textbox
        + para("公务接待费0.5万元。")
    )
    docx(os.path.join(READING, "budget.docx"), body)

    # An HTML page in GB18030 declaring gb2312, with script/style, entities and spans.
    html = (
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        "<title>2017年部门预算</title><style>td { color: red; }</style>"
        "<script>var x = '<table><tr><td>不要</td></tr></table>';</script></head><body>"
        "<!-- 注释 <p>不要</p> -->"
        "<div><p>2017年预算收入2941.59万元&#xFF0C;其中&ldquo;三公&rdquo;经费32.78万元&nbsp;。</p>"
        "<p>第一行<br>第二行 &amp; 续 &#25968;</p></div>"
        "<p>单位：万元</p>"
        "<table border=1><tr><th>项目</th><th colspan=\"2\">预算数</th></tr>"
        "<tr><td rowspan=\"2\">基本支出</td><td>468.03</td><td>人员经费</td></tr>"
        "<tr><td>75.77</td><td>公用经费</td></tr>"
        "<tr><td>项目支出<table><tr><td>内表</td><td>1.00</td></tr></table></td><td>2473.56</td><td></td></tr>"
        "</table><p>公务接待费0.5万元。</p></body></html>"
    )
    write(os.path.join(READING, "budget-gb2312.html"), html.encode("gb18030"))

    # Hostile and damaged inputs.
    write(os.path.join(BAD, "empty.txt"), b"")
    rng = random.Random(20170101)
    write(os.path.join(BAD, "garbage.bin"), bytes(rng.randrange(256) for _ in range(4096)))
    with open(os.path.join(READING, "budget.docx"), "rb") as handle:
        whole = handle.read()
    write(os.path.join(BAD, "truncated.docx"), whole[: len(whole) // 2])
    # A zip bomb: 64 MiB of spaces inside the document part compress about 1000 to 1.
    padding = " " * (64 << 20)
    bomb = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f"<w:document {W}><w:body>{para('炸弹')}{padding}</w:body></w:document>"
    )
    docx(os.path.join(BAD, "bomb.docx"), "", raw_document=bomb)
    # Many entries (tests lower the entry limit rather than committing a huge archive).
    docx(os.path.join(BAD, "many-entries.docx"), para("条目"),
         extra_entries=[(f"word/media/part{i}.xml", "<a/>") for i in range(64)])
    # Billion laughs and an external entity: neither may be expanded or fetched.
    laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ) + f"]><w:document {W}><w:body>{para('&lol9;')}</w:body></w:document>"
    docx(os.path.join(BAD, "billion-laughs.docx"), "", raw_document=laughs)
    external = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<w:document {W}><w:body>{para('&xxe;')}</w:body></w:document>"
    )
    docx(os.path.join(BAD, "external-entity.docx"), "", raw_document=external)
    # Not a Word document: a zip without word/document.xml.
    with zipfile.ZipFile(os.path.join(BAD, "not-word.docx"), "w") as archive:
        archive.writestr(zipfile.ZipInfo("readme.txt", STAMP), "hello")
    # Malformed XML after some good paragraphs.
    broken = (
        '<?xml version="1.0"?>'
        f"<w:document {W}><w:body>{para('前面的段落')}<w:p><w:r><w:t>断开</w:t></w:r>"
    )
    docx(os.path.join(BAD, "broken-xml.docx"), "", raw_document=broken)
    # Bytes valid in neither UTF-8 nor GB18030.
    write(os.path.join(BAD, "undecodable.txt"), "预算收入".encode("gb18030") + b"\x80\xff\x80\xff" * 4 + "万元".encode("gb18030"))
    # A PDF is refused with a clear reason.
    write(os.path.join(BAD, "scan.pdf"), b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")


if __name__ == "__main__":
    main()
