"""Agency types (lines), their names across the 2018–2019 institutional reform, and baselines.

A line is one agency as it continues through time: 卫生局 (2012) becomes 卫生和计划生育委员会
(2013–2018) and then 卫生健康委员会 (2019–); 工商行政管理局 becomes 市场监督管理局 in 2019 and
absorbs 质量技术监督局 and 食品药品监督管理局, which end in 2018 (VOCABULARY §9). The baselines
are synthetic: expenditure in 万元 for a region of one million residents in 2012.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    start: int
    end: int
    suffix: str
    slug: str


@dataclass(frozen=True)
class Line:
    key: str
    eras: tuple
    base_wan: float          # 2012 expenditure, 万元, per million residents (synthetic)
    project_share: float     # share of project spending in the total
    staff_cost_share: float  # personnel share of basic spending
    vehicles_per_staff: float
    reception_share: float   # reception budget as a share of the total before 2013
    outbound_prob: float     # chance of an outbound trip in a normal year
    function: str            # key into FUNCTIONS
    has_business_income: bool = False
    merger_factor: float = 1.0  # size change from 2019 (absorbed functions)

    def era(self, year):
        """The era (name) the line has in `year`, or None when the agency did not exist."""
        for era in self.eras:
            if era.start <= year <= era.end:
                return era
        return None

    @property
    def first_year(self):
        return min(e.start for e in self.eras)

    @property
    def last_year(self):
        return max(e.end for e in self.eras)


def _one(suffix, slug):
    return (Era(2012, 2024, suffix, slug),)


LINES = (
    Line("petitions", _one("信访局", "petitions-bureau"), 260, 0.45, 0.75, 0.06, 0.012, 0.05, "general"),
    Line("public_security", _one("公安局", "public-security-bureau"), 9000, 0.30, 0.85, 0.25, 0.002, 0.2, "security"),
    Line("education", _one("教育局", "education-bureau"), 5200, 0.55, 0.80, 0.04, 0.002, 0.35, "education", True),
    Line("finance", _one("财政局", "finance-bureau"), 1500, 0.40, 0.80, 0.05, 0.004, 0.3, "general"),
    Line("health", (Era(2012, 2012, "卫生局", "health-bureau"),
                    Era(2013, 2018, "卫生和计划生育委员会", "health-family-planning-commission"),
                    Era(2019, 2024, "卫生健康委员会", "health-commission")),
         3200, 0.60, 0.78, 0.04, 0.002, 0.3, "health", True),
    Line("market", (Era(2012, 2018, "工商行政管理局", "industry-commerce-bureau"),
                    Era(2019, 2024, "市场监督管理局", "market-regulation-bureau")),
         1800, 0.30, 0.85, 0.08, 0.003, 0.15, "general", False, 1.8),
    Line("quality", (Era(2012, 2018, "质量技术监督局", "quality-supervision-bureau"),),
         900, 0.35, 0.82, 0.08, 0.003, 0.2, "general"),
    Line("food_drug", (Era(2014, 2018, "食品药品监督管理局", "food-drug-administration"),),
         800, 0.40, 0.80, 0.08, 0.003, 0.1, "general"),
    Line("safety", (Era(2012, 2018, "安全生产监督管理局", "work-safety-bureau"),
                    Era(2019, 2024, "应急管理局", "emergency-management-bureau")),
         500, 0.45, 0.78, 0.10, 0.005, 0.1, "safety", False, 1.4),
    Line("land", (Era(2012, 2018, "国土资源局", "land-resources-bureau"),
                  Era(2019, 2024, "自然资源和规划局", "natural-resources-planning-bureau")),
         2200, 0.55, 0.80, 0.07, 0.003, 0.15, "land", False, 1.3),
    Line("civil_affairs", _one("民政局", "civil-affairs-bureau"), 3000, 0.70, 0.75, 0.04, 0.002, 0.1, "social"),
    Line("human_resources", _one("人力资源和社会保障局", "human-resources-social-security-bureau"),
         1700, 0.50, 0.80, 0.04, 0.002, 0.15, "social"),
    Line("housing", _one("住房和城乡建设局", "housing-urban-rural-development-bureau"),
         2600, 0.65, 0.80, 0.06, 0.003, 0.2, "urban"),
    Line("transport", _one("交通运输局", "transport-bureau"), 3100, 0.65, 0.82, 0.08, 0.002, 0.15, "transport"),
    Line("audit", _one("审计局", "audit-bureau"), 320, 0.30, 0.85, 0.06, 0.004, 0.1, "general"),
    Line("statistics", _one("统计局", "statistics-bureau"), 240, 0.40, 0.85, 0.05, 0.004, 0.05, "general"),
    Line("justice", _one("司法局", "justice-bureau"), 600, 0.40, 0.82, 0.06, 0.004, 0.05, "security"),
    Line("environment", (Era(2012, 2018, "环境保护局", "environmental-protection-bureau"),
                         Era(2019, 2024, "生态环境局", "ecology-environment-bureau")),
         900, 0.50, 0.80, 0.07, 0.004, 0.15, "environment"),
)

LINES_BY_KEY = {line.key: line for line in LINES}

# Main functional classification (VOCABULARY §2 expenditure_function), by year.
FUNCTIONS = {
    "general": lambda y: ("201", "一般公共服务支出"),
    "security": lambda y: ("204", "公共安全支出"),
    "education": lambda y: ("205", "教育支出"),
    "social": lambda y: ("208", "社会保障和就业支出"),
    "health": lambda y: ("210", "卫生健康支出" if y >= 2019 else "医疗卫生与计划生育支出"),
    "environment": lambda y: ("211", "节能环保支出"),
    "urban": lambda y: ("212", "城乡社区支出"),
    "transport": lambda y: ("214", "交通运输支出"),
    "land": lambda y: ("220", "自然资源海洋气象等支出" if y >= 2019 else "国土海洋气象等支出"),
    "safety": lambda y: ("224", "灾害防治及应急管理支出") if y >= 2019 else ("201", "一般公共服务支出"),
}


def health_function(year):
    """The 210 subject's name in `year` (renamed with the 2019 budget subjects)."""
    return FUNCTIONS["health"](year)
