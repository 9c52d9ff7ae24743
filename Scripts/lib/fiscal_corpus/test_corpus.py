"""Unit tests of the corpus generator: `python3 -m unittest discover -s Scripts/lib -p 'test_*.py'`."""

import random
import sys
import unittest

sys.dont_write_bytecode = True

from fiscal_corpus import corpus, selfcheck  # noqa: E402
from fiscal_corpus.agencies import LINES_BY_KEY  # noqa: E402
from fiscal_corpus.content import DocContext, build_document  # noqa: E402
from fiscal_corpus.document import Document, Style  # noqa: E402
from fiscal_corpus.gazetteer import check_regions  # noqa: E402
from fiscal_corpus.model import UnitModel  # noqa: E402
from fiscal_corpus.numerals import chinese_year, fullwidth, wan_text, yuan_text  # noqa: E402
from fiscal_corpus.phrasing import choose_style  # noqa: E402
from fiscal_corpus.render import render_docx, render_html, render_text  # noqa: E402
from fiscal_corpus.traditional import mirror_text, to_simplified  # noqa: E402

REGION = {"name": "廊坊市", "code": "131000", "province": "河北省", "prefecture": "廊坊市", "level": "prefecture",
          "population_year": "2020", "population": "5464087", "population_source": "census", "slug": "langfang"}


class NumeralTests(unittest.TestCase):
    def test_wan_and_yuan_text(self):
        self.assertEqual(wan_text(294159), "2941.59")
        self.assertEqual(wan_text(294159, commas=True), "2,941.59")
        self.assertEqual(wan_text(5000, trim=True), "50")
        self.assertEqual(wan_text(50, trim=True), "0.5")
        self.assertEqual(yuan_text(354, commas=True, decimals=True), "35,400.00")

    def test_fullwidth_and_chinese_year(self):
        self.assertEqual(fullwidth("38.28%"), "３８．２８％")
        self.assertEqual(chinese_year(2017), "二〇一七")
        self.assertEqual(chinese_year(2020, "○"), "二○二○")


class MirrorTests(unittest.TestCase):
    def test_mirror_round_trip_keeps_numbers(self):
        text = "公务用车运行维护费28.60万元"
        mirrored = mirror_text(text, random.Random(3))
        self.assertIn("28.60萬元", mirrored)
        self.assertNotEqual(mirrored, text)
        self.assertEqual(to_simplified(mirrored), text)


class DocumentTests(unittest.TestCase):
    def test_money_records_fact_in_yuan(self):
        doc = Document("f.txt", 2017, "budget", Style())
        self.assertEqual(doc.money("sangong_total", 3278), "32.78万元")
        self.assertEqual(doc.money("sangong_reception", 158, as_yuan_typo=True), "1.58元")
        facts = {row[1]: row[3] for row in doc.fact_rows()}
        self.assertEqual(facts["sangong_total"], "327800.00")
        self.assertEqual(facts["sangong_reception"], "1.58")

    def test_conflicting_figures_are_recorded(self):
        doc = Document("f.txt", 2017, "budget", Style())
        doc.money("sangong_total", 100)
        doc.money("sangong_total", 200)
        self.assertEqual(len(doc.conflicts), 1)


class GazetteerTests(unittest.TestCase):
    def test_good_row_passes(self):
        self.assertEqual(check_regions([dict(REGION)]), [])

    def test_bad_rows_fail(self):
        bad_code = dict(REGION, code="13100")
        wrong_province = dict(REGION, province="江苏省")
        no_source = dict(REGION, population_source="")
        self.assertTrue(check_regions([bad_code]))
        self.assertTrue(check_regions([wrong_province]))
        self.assertTrue(check_regions([no_source]))


class ModelAndSelfCheckTests(unittest.TestCase):
    def setUp(self):
        self.model = UnitModel(LINES_BY_KEY["public_security"], 5.4e6, 2016, random.Random(5))

    def test_identities_hold_by_construction(self):
        for year, kinds in self.model.figures.items():
            for kind, fig in kinds.items():
                self.assertEqual(fig["sangong_total"], fig["sangong_outbound"] + fig["sangong_vehicle_total"] + fig["sangong_reception"])
                self.assertEqual(fig["expenditure_total"], fig["expenditure_basic"] + fig["expenditure_project"])
                self.assertEqual(fig["expenditure_total"], sum(a for _, _, a in fig["functions"]))

    def test_covid_years_have_no_outbound(self):
        for year in (2020, 2021, 2022):
            self.assertEqual(self.model.figures[year]["final"]["sangong_outbound"], 0)

    def _record(self, planted):
        rng = random.Random(11)
        fig = self.model.figures[2018]["final"]
        ctx = DocContext(file="f.txt", agency="廊坊市公安局", line=self.model.line, year=2018, kind="final", fig=fig,
                         prior=self.model.figures[2017]["final"], budget=self.model.figures[2018]["budget"],
                         style=choose_style(rng, "txt"), planted=planted, rng=rng)
        doc, anomalies = build_document(ctx)
        record = corpus.Written("f.txt", list(doc.fact_rows()), {"duplicate_of": "", "year": 2018, "kind": "final"},
                                [], doc)
        record.unit_key = "u"
        return record, anomalies

    def test_selfcheck_passes_clean_and_catches_a_broken_identity(self):
        clean, _ = self._record({})
        problems, checked = selfcheck.check([clean])
        self.assertEqual(problems, [])
        self.assertGreater(checked["total = basic + project"], 0)
        broken, anomalies = self._record({"sangong_sum": 500})
        self.assertEqual(anomalies[0][0], "sangong_sum_mismatch")
        problems, _ = selfcheck.check([broken])  # no anomaly attached: the identity must fail
        self.assertTrue(any("三公" in p for p in problems))

    def test_every_format_renders(self):
        record, _ = self._record({})
        for layout in "abcde":
            self.assertIn("廊坊市公安局", render_text(record.doc, layout, random.Random(1)))
        self.assertTrue(render_docx(record.doc, random.Random(1)).startswith(b"PK"))
        self.assertIn("<table>", render_html(record.doc, random.Random(1)))


if __name__ == "__main__":
    unittest.main()
