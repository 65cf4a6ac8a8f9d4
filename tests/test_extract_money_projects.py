"""Projects with their costs and areas, one case per rule of projects.py, measures.py and money.py.

Each case is a short article in the style of Arab government news and the project it
must yield: (name, cost, currency, area in m²). The rules under test are general (no
name of a real project is listed anywhere), so the sentences are invented.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.model import Article
from extract.money import find_amounts, find_areas
from extract.pipeline import extract_article

FEDDAN = Decimal("4200.83")


def _projects(text: str) -> dict[str, tuple[Decimal | None, str | None, Decimal | None]]:
    """name → (cost, currency, area) of every project extracted from `text`."""
    out = extract_article(Article(id="t", text=text))
    return {
        p.name: (
            p.cost.value if p.cost else None,
            p.cost.currency if p.cost else None,
            p.area.square_metres if p.area else None,
        )
        for p in out.projects
    }


# (rule, text, project name, cost, currency, area)
CASES = [
    (
        "definite scale after a fraction: ونصف المليون",
        "أوضح وكيل الوزارة أن مشروع صيانة شبكة الأمطار في منطقة الشويخ، الذي تبلغ كلفته نحو "
        "أربعة ملايين ونصف المليون دينار كويتي، سينتهي قبل الصيف.",
        "مشروع صيانة شبكة الأمطار في منطقة الشويخ",
        "4500000",
        "KWD",
        None,
    ),
    (
        "accusative مليونا before a chain is one million",
        "وقام العامل بتدشين دار الطالب بجماعة سيدي حرازم، التي كلف إنجازها مليونا و200 ألف درهم مغربي.",
        "دار الطالب بجماعة سيدي حرازم",
        "1200000",
        "MAD",
        None,
    ),
    (
        "bare درهم takes the country of a Moroccan dateline",
        "مكناس - و م ع\nأشرف عامل عمالة مكناس على إعطاء انطلاقة أشغال بناء المركب الثقافي بحي البساتين، "
        "بغلاف مالي يناهز 24 مليون درهم، على مساحة 1,5 هكتار.",
        "بناء المركب الثقافي بحي البساتين",
        "24000000",
        "MAD",
        "15000",
    ),
    (
        "cues vote: a Kuwaiti fund does not make a Jordanian dinar Kuwaiti",
        "الزرقاء (بترا) - وقع الصندوق الكويتي للتنمية اتفاقية منحة للمملكة، فيما افتتح وزير الإدارة المحلية "
        "مبنى بلدية الهاشمية الجديد في محافظة الزرقاء، الذي أقيم بكلفة 720 ألف دينار.",
        "مبنى بلدية الهاشمية الجديد في محافظة الزرقاء",
        "720000",
        "JOD",
        None,
    ),
    (
        "a loan gives way to the total cost named after it",
        "وقعت الوزارة اتفاقية قرض بقيمة 40 مليون دولار لتمويل مشروع توسعة محطة معالجة العقبة، التي تبلغ "
        "كلفتها الإجمالية 95 مليون دولار.",
        "مشروع توسعة محطة معالجة العقبة",
        "95000000",
        "USD",
        None,
    ),
    (
        "an allocation before a purpose belongs to the project after it",
        "قال المتحدث إن الوزارة اعتمدت سبعة ملايين جنيه لتجهيز مركز الأشعة التشخيصية بمدينة دمنهور، "
        "وقد بدأ العمل.",
        "تجهيز مركز الأشعة التشخيصية بمدينة دمنهور",
        "7000000",
        "EGP",
        None,
    ),
    (
        "an allocation gives way to the total cost of the same project",
        "وأضاف أنه تم تخصيص 600 مليون جنيه لاستكمال أعمال القطار السريع بمدينة العلمين، والذي تصل تكلفته "
        "الإجمالية إلى 18 مليار جنيه.",
        "القطار السريع بمدينة العلمين",
        "18000000000",
        "EGP",
        None,
    ),
    (
        "an area served or irrigated is not the project's area",
        "وتفقد الدكتور سامح عادل الفولي، وزير الري، محطة رفع الصالحية الجديدة، التي تروي نحو 6 آلاف فدان، وبلغت تكلفة المحطة "
        "85 مليون جنيه، وتقام على مساحة فدانين.",
        "محطة رفع الصالحية الجديدة",
        "85000000",
        "EGP",
        2 * FEDDAN,
    ),
    (
        "a «quoted» name refers back to its project in a later sentence",
        "افتتح المهندس ماهر سليم العطيفي، وزير الإسكان، مشروع «نخيل الواحة» السكني بمدينة أسيوط الجديدة.\n"
        "وأوضح أن «نخيل الواحة» يقام على مساحة 40 فدانا، وتبلغ تكلفته 2.1 مليار جنيه.",
        "مشروع «نخيل الواحة» السكني بمدينة أسيوط الجديدة",
        "2100000000",
        "EGP",
        40 * FEDDAN,
    ),
    (
        "a definite head with a complement names a project though nothing came before",
        "وعاين الوزير تقدم أشغال بناء المستشفى المحلي بسبيطلة، الذي رصدت له اعتمادات بقيمة 35 مليون دينار "
        "تونسي.",
        "بناء المستشفى المحلي بسبيطلة",
        "35000000",
        "TND",
        None,
    ),
    (
        "و + another thing ends a name",
        "افتتح رئيس الجامعة المبنى الإداري الجديد ومدرج كلية الحقوق، المقام على مساحة 900 م2 بتكلفة "
        "12 مليون جنيه.",
        "مدرج كلية الحقوق",
        "12000000",
        "EGP",
        "900",
    ),
    (
        "an amount in words ends a name",
        "فيما تبلغ تكلفة إنشاء مركز الغسيل الكلوي بمدينة بسيون أربعمائة وعشرين مليون جنيه.",
        "إنشاء مركز الغسيل الكلوي بمدينة بسيون",
        "420000000",
        "EGP",
        None,
    ),
    (
        "a head after a comma and ول is a new item of a list",
        "وضع الوزير حجر الأساس لمصنع الزجاج المسطح باستثمارات 90 مليون دولار، ولمصنع تعبئة الزيوت "
        "بتكلفة 40 مليون يورو.",
        "مصنع تعبئة الزيوت",
        "40000000",
        "EUR",
        None,
    ),
    (
        "a scaled sum with no currency takes the article's currency",
        "وشملت الأعمال مستشفى دار السلام المركزي بتكلفة 210 ملايين جنيه، ومستشفى المراغة العام "
        "بتكلفة 195 مليونا، ومستشفى طما المركزي بتكلفة 180 مليون جنيه.",
        "مستشفى المراغة العام",
        "195000000",
        "EGP",
        None,
    ),
    (
        "a number in brackets before its scale",
        "وأوضح أن المستشفيات هي: مستشفى ملوي التخصصي بتكلفة (340) مليون جنيه، ومستشفى ديروط العام.",
        "مستشفى ملوي التخصصي",
        "340000000",
        "EGP",
        None,
    ),
    (
        "a count in brackets stays inside the name",
        "أعلنت الوزارة الانتهاء من رفع كفاءة وتطوير (5) مدارس ثانوية بمحافظة الفيوم، بتكلفة إجمالية "
        "بلغت 75 مليون جنيه.",
        "رفع كفاءة وتطوير (5) مدارس ثانوية بمحافظة الفيوم",
        "75000000",
        "EGP",
        None,
    ),
    (
        "a work noun just before a costed head joins the name",
        "واستعرض المحافظ رصف طريق السنطة – زفتى بتكلفة 20 مليون جنيه، وإنارة طريق الجميزة بتكلفة "
        "3.500.000 جنيه.",
        "إنارة طريق الجميزة",
        "3500000",
        "EGP",
        None,
    ),
    (
        "Arabic-Indic digits and separators, and an abbreviated currency",
        "افتتح معالي الدكتور سالم بن راشد الشكيلي، وزير الزراعة، سوق الخضار المركزي في ولاية عبري بتكلفة ١٫٨ مليون ر.ع على مساحة ١٢٬٥٠٠ م٢.",
        "سوق الخضار المركزي في ولاية عبري",
        "1800000",
        "OMR",
        "12500",
    ),
    (
        "a cost before the project goes to the project after it",
        "وقال إنه بتكلفة 240 مليون ج.م تم الانتهاء من تنفيذ محطة مياه الشرب الجديدة بمدينة بدر.",
        "محطة مياه الشرب الجديدة بمدينة بدر",
        "240000000",
        "EGP",
        None,
    ),
    (
        "مليون جم is pounds",
        "وأضاف أنه باستثمارات تبلغ 64.5 مليون جم يجري تنفيذ مجمع المدارس الرسمية بالحي الخامس.",
        "مجمع المدارس الرسمية بالحي الخامس",
        "64500000",
        "EGP",
        None,
    ),
    (
        "بكلفة ends a name as بتكلفة does",
        "وافتتح اللواء سمير حامد العدوي، محافظ أسيوط، "
        "صالة الألعاب الرياضية بمدينة الشروق بكلفة 12 مليون جنيه.",
        "صالة الألعاب الرياضية بمدينة الشروق",
        "12000000",
        "EGP",
        None,
    ),
    (
        "head منصة",
        "وأطلق الدكتور أيمن فؤاد الجمال، وزير الاتصالات، "
        "منصة الخدمات الرقمية للمستثمرين بتكلفة 6 ملايين جنيه.",
        "منصة الخدمات الرقمية للمستثمرين",
        "6000000",
        "EGP",
        None,
    ),
    (
        "head معمل",
        "وتفقد اللواء سمير حامد العدوي، محافظ أسيوط، "
        "معمل التحاليل المركزي بمستشفى أبنوب بتكلفة 4 ملايين جنيه.",
        "معمل التحاليل المركزي بمستشفى أبنوب",
        "4000000",
        "EGP",
        None,
    ),
    (
        "head تقاطع keeps the other road after مع",
        "وتفقد اللواء سمير حامد العدوي، محافظ أسيوط، أعمال تطوير تقاطع شارع الجيش مع طريق المطار "
        "بتكلفة 15 مليون جنيه.",
        "تطوير تقاطع شارع الجيش مع طريق المطار",
        "15000000",
        "EGP",
        None,
    ),
    (
        "head خزان",
        "وافتتح اللواء سمير حامد العدوي، محافظ أسيوط، "
        "خزان المياه العلوي بقرية بني عديات بتكلفة 9 ملايين جنيه.",
        "خزان المياه العلوي بقرية بني عديات",
        "9000000",
        "EGP",
        None,
    ),
    (
        "head + a one-word place ending in ة is kept whole",
        "المنامة (بنا) - تفقد محافظ المحافظة الشمالية علي حسن البنا جسر ستارة الجديد بتكلفة 3 ملايين دينار.",
        "جسر ستارة الجديد",
        "3000000",
        "BHD",
        None,
    ),
    (
        "bare درهم in a Moroccan wire with no country named: the agency and the wali",
        "(MAP) - أشرف والي الجهة على تدشين مركز صحي للقرب بكلفة 12 مليون درهم.",
        "مركز صحي للقرب",
        "12000000",
        "MAD",
        None,
    ),
    (
        "bare درهم with a province named: إقليم",
        "أعطى عامل الإقليم انطلاقة أشغال بناء مدرسة جماعاتية بجماعة أمزميز بكلفة 9 ملايين درهم.",
        "بناء مدرسة جماعاتية بجماعة أمزميز",
        "9000000",
        "MAD",
        None,
    ),
    (
        "bare دينار in an Iraqi wire: the agency",
        "(واع) - افتتح محافظ المحافظة علي حسن البنا جسر الطابقين بكلفة 30 مليار دينار.",
        "جسر الطابقين",
        "30000000000",
        "IQD",
        None,
    ),
    (
        "bare دينار with an Iraqi governorate named",
        "افتتح محافظ الأنبار جسر الرمادي الرابع بكلفة 40 مليار دينار.",
        "جسر الرمادي الرابع",
        "40000000000",
        "IQD",
        None,
    ),
    (
        "أشغال إنجاز before a name are wrappers",
        "وتفقد الوالي رشيد بوزيد أشغال إنجاز مستشفى الأم والطفل بحي الصباح بكلفة 900 مليون دينار جزائري.",
        "مستشفى الأم والطفل بحي الصباح",
        "900000000",
        "DZD",
        None,
    ),
    (
        "the aim after a quoted name (لرفع كفاءة …) is no project: the cost is the campaign's",
        "أطلق اللواء سمير حامد العدوي، محافظ أسيوط، اليوم السبت، حملة «أسيوط أجمل» لرفع كفاءة منظومة "
        "النظافة بأحياء المدينة، بتكلفة 40 مليون جنيه.",
        "حملة «أسيوط أجمل»",
        "40000000",
        "EGP",
        None,
    ),
    (
        "bare ليرة in a Syrian agency's article is the Syrian pound",
        "ريف دمشق - سانا\nاطلع المحافظ على مراحل العمل في مشروع إعادة تأهيل شبكة الصرف الصحي في بلدة "
        "الزهراء بكلفة 7.5 مليارات ليرة.",
        "مشروع إعادة تأهيل شبكة الصرف الصحي في بلدة الزهراء",
        "7500000000",
        "SYP",
        None,
    ),
    (
        "bare ليرة in a Lebanese article is the Lebanese pound",
        "بيروت - الوطنية\nافتتح وزير الأشغال العامة في لبنان مشروع تأهيل طريق الساحل الجنوبي بكلفة 90 مليار ليرة.",
        "مشروع تأهيل طريق الساحل الجنوبي",
        "90000000000",
        "LBP",
        None,
    ),
    (
        "bare جنيه in a Sudanese agency's article is the Sudanese pound",
        "الدامر (سونا) - افتتح الوالي اليوم محطة مياه شندي الجديدة، التي تبلغ تكلفتها 750 مليون جنيه.",
        "محطة مياه شندي الجديدة",
        "750000000",
        "SDG",
        None,
    ),
    (
        "bare جنيه stays Egyptian when Sudan is only named in passing",
        "افتتح اللواء سمير حامد العدوي، محافظ أسوان، اليوم، محطة مياه أبو سمبل بتكلفة 60 مليون جنيه، "
        "وتخدم المحطة القرى القريبة من حدود السودان.",
        "محطة مياه أبو سمبل",
        "60000000",
        "EGP",
        None,
    ),
    (
        "centimes are read as Algerian dinars",
        "وهران - عاين والي ولاية وهران، السيد كمال سليم بن داود، مشروع الملعب الجواري بحي النور، الذي خصص "
        "له غلاف مالي بـ 8,5 مليار سنتيم.",
        "مشروع الملعب الجواري بحي النور",
        "85000000",
        "DZD",
        None,
    ),
    (
        "an approximation word ends a name",
        "وبلغت تكلفة أعمال تطوير حديقة الشلالات نحو 11 مليون جنيه.",
        "تطوير حديقة الشلالات",
        "11000000",
        "EGP",
        None,
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "name", "cost", "currency", "area"), CASES, ids=[c[0] for c in CASES]
)
def test_project_cost_currency_and_area(
    rule: str, text: str, name: str, cost: str | None, currency: str | None, area: object
) -> None:
    found = _projects(text)
    assert name in found, f"{rule}: {sorted(found)}"
    got_cost, got_currency, got_area = found[name]
    assert got_cost == (Decimal(cost) if cost else None), rule
    assert got_currency == currency, rule
    assert got_area == (Decimal(area) if area is not None else None), rule


# (rule, text, what must not come out): names that are no project, or projects that are one
NEGATIVES = [
    (
        "a quoted name and its head + quote are one project",
        "وأطلقت الدكتورة منال فؤاد الصيرفي، وزيرة التضامن، مبادرة «رائدة» لتمكين الفتيات في 30 قرية.",
        1,
    ),
    (
        "a one-word quoted name right after its head is one project with the longer name",
        "ودشن الدكتور أيمن فؤاد الجمال، وزير التعليم، منصة «رافد» الرقمية التي تتيح للطلبة متابعة الدروس.",
        1,
    ),
    (
        "a yearly plan is no project",
        "وأكد المحافظ أن خطة العام الحالي تتضمن 150 مشروعا بتكلفة 900 مليون جنيه.",
        0,
    ),
    (
        "a lone indefinite head names nothing: ضمن برنامج يضم",
        "وأوضح المدير أن العملية تندرج ضمن برنامج يضم 9 آلاف وحدة سكنية.",
        0,
    ),
    (
        "a work noun alone is no project: أشغال صيانة بكلفة (the school it was done to is)",
        "وزار الوالي المدرسة الإعدادية، التي شملتها أشغال صيانة بكلفة 650 ألف دينار.",
        1,
    ),
    (
        "a work noun alone is no project: بناء على",
        "وافتتح المحافظ بناء على توجيهات الوزير بتكلفة 4 ملايين جنيه.",
        0,
    ),
    (
        "a work noun in a post's portfolio is no project, and takes no sum",
        "وأشار المهندس كريم سامح الليثي، نائب وزير الزراعة واستصلاح الأراضي، إلى أن الدولة ضخت "
        "استثمارات تتجاوز 52 مليار جنيه في قطاع الإرشاد الزراعي.",
        0,
    ),
]


@pytest.mark.parametrize(("rule", "text", "count"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_projects_that_are_not_there(rule: str, text: str, count: int) -> None:
    assert len(_projects(text)) == count, f"{rule}: {sorted(_projects(text))}"


# (text, value or None, currency) for money-level rules
AMOUNTS = [
    ("بلغت كلفته ثلاثة ملايين ونصف المليون دينار", "3500000", "JOD"),
    ("كلف إنجازها مليونا و600 ألف درهم", "1600000", "AED"),
    ("بتكلفة مليونا جنيه", "2000000", "EGP"),
    ("بتكلفة 96.5 مليون جم", "96500000", "EGP"),
    ("عبوة وزنها 500 جم", None, None),
    ("بقيمة 3.5 مليون ر.ع", "3500000", "OMR"),
    ("بقيمة 2 مليون د.ك", "2000000", "KWD"),
    ("بتكلفة (310) ملايين جنيه", "310000000", "EGP"),
    ("بتكلفة مليونا ومئتي ألف دولار", "1200000", "USD"),
    ("بتكلفة مليونًا ومائتي ألف دولار أمريكي", "1200000", "USD"),
    ("بتكلفة مليونين ومئتي ألف دولار", "2200000", "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), AMOUNTS)
def test_amount_forms(text: str, value: str | None, currency: str | None) -> None:
    found = find_amounts(text)
    if value is None:
        assert found == []
    else:
        assert [(a.value, a.currency) for a in found] == [(Decimal(value), currency)]


def test_a_definite_fraction_alone_is_a_name_not_an_area() -> None:
    assert find_areas("مشروع الألف ونصف الألف فدان") == []
    assert [a.square_metres for a in find_areas("استصلاح مساحة ألف ونصف فدان")] == [Decimal("6301245")]


# Rules added with own10: sums that are prices, fines, wages or subsidies are no project's
# cost; a currency named in full ("دينار جزائري") decides a later bare "دينار"; a count
# ("ثلاثة مشروعات") and a kind of work ("مشروعات الرصف") name no project; "الملك" stays
# inside a street's name.
OWN10_CASES = [
    (
        "a price after the project is no cost",
        "وضع المحافظ حجر الأساس لمشروع «سكن النخيل 2» بتكلفة 900 مليون جنيه. وأكد المحافظ أن سعر "
        "الوحدة في «سكن النخيل 2» يبدأ من 400 ألف جنيه.",
        "مشروع «سكن النخيل 2»",
        Decimal("900000000"),
        "EGP",
        None,
    ),
    (
        "a fine in the project's sentence is no cost",
        "وتفقد الفريق مهندس صلاح الدين قاسم النمر وزير النقل مشروع تطوير ورش السكة الحديد "
        "ببني سويف، وأكد أن الغرامة الفورية للتدخين داخل "
        "العربات 50 جنيها.",
        "مشروع تطوير ورش السكة الحديد ببني سويف",
        None,
        None,
        None,
    ),
    (
        "wages of the project's workers are no cost",
        "افتتح محافظ ميسان، حبيب كاظم الساعدي، مشروع ماء الشرش الكبير باعتمادات بلغت 12 مليار "
        "دينار عراقي. وأوضح أن رواتب "
        "العاملين في المشروع البالغة 900 مليون دينار سنويا تتحملها المديرية.",
        "مشروع ماء الشرش الكبير",
        Decimal("12000000000"),
        "IQD",
        None,
    ),
    (
        "a currency named in full decides a later bare one",
        "أشرف والي ولاية باتنة، السيد الطاهر بن عيسى قرواش، على وضع حجر الأساس لمشروع إنجاز "
        "300 مسكن ريفي بغلاف مالي قدره مليار دينار "
        "جزائري. كما دشن قرواش مشروع ملعب جواري بحي الأمل بتكلفة 30 مليون دينار.",
        "مشروع ملعب جواري بحي الأمل",
        Decimal("30000000"),
        "DZD",
        None,
    ),
    (
        "الملك inside a street's name",
        "ودشن سموه مشروع أنسنة شارع الملك سعود بطول 3 كيلومترات بتكلفة 80 مليون ريال.",
        "مشروع أنسنة شارع الملك سعود",
        Decimal("80000000"),
        "SAR",
        None,
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "name", "cost", "currency", "area"), OWN10_CASES, ids=[c[0] for c in OWN10_CASES]
)
def test_own10_costs(
    rule: str, text: str, name: str, cost: Decimal | None, currency: str | None, area: Decimal | None
) -> None:
    found = _projects(text)
    assert name in found, f"{rule}: {sorted(found)}"
    assert found[name] == (cost, currency, area), rule


OWN10_NEGATIVES = [
    (
        "a count of works is no project",
        "دشن أمير المنطقة، اليوم، ثلاثة مشروعات بلدية بمدينة سكاكا بتكلفة إجمالية 300 مليون ريال.",
        0,
    ),
    (
        "a plural head with one definite word is a kind of work",
        "وتفقد اللواء عادل كمال الفرماوي محافظ قنا مشروعات الرصف، ووجه بسرعة الانتهاء منها.",
        0,
    ),
]


@pytest.mark.parametrize(("rule", "text", "count"), OWN10_NEGATIVES, ids=[c[0] for c in OWN10_NEGATIVES])
def test_own10_projects_that_are_not_there(rule: str, text: str, count: int) -> None:
    assert len(_projects(text)) == count, f"{rule}: {sorted(_projects(text))}"


# (rule, text, project name, cost, currency, area): own12–own16 forms, each a general rule
OWN14_CASES = [
    (
        "a bridge is named by what it faces: أمام stays in its name, and the cost is the bridge's",
        "كما تابع المحافظ أعمال إنشاء كوبري المشاة المعدني أمام محطة قطار المندرة، بتكلفة 12.5 مليون جنيه.",
        "إنشاء كوبري المشاة المعدني أمام محطة قطار المندرة",
        Decimal("12500000"),
        "EGP",
        None,
    ),
    (
        "a street's number and the other road of a crossing stay in the name; the cost is the whole's",
        "وتابع المحافظ أعمال إنشاء نفق تقاطع شارع 30 مع طريق الحرية، بتكلفة 95 مليون جنيه.",
        "إنشاء نفق تقاطع شارع 30 مع طريق الحرية",
        Decimal("95000000"),
        "EGP",
        None,
    ),
    (
        "the aim of an initiative after لإعادة is no project: the cost is the initiative's",
        "أطلق أمين عمان الدكتور فادي سليم الروسان مبادرة «أرصفة آمنة» لإعادة تأهيل 30 كيلومترا من "
        "الأرصفة في وسط البلد، بكلفة تقديرية تبلغ 5 ملايين دينار.",
        "مبادرة «أرصفة آمنة»",
        Decimal("5000000"),
        "JOD",
        None,
    ),
    (
        "a programme after ضمن frames the work: the cost is the work's",
        "تفقد اللواء محمد سعيد الشربيني، رئيس مركز ومدينة طلخا، أعمال تبطين ترعة الروضة بطول 2 كيلومتر، "
        "ضمن المشروع القومي لتأهيل الترع، بتكلفة 9 ملايين جنيه.",
        "تبطين ترعة الروضة",
        Decimal("9000000"),
        "EGP",
        None,
    ),
    (
        "parts listed after والذي يضم are no project: the cost is the complex's",
        "وضعت المحافظ حجر الأساس لمجمع الخدمات الحكومية بقرية الصالحية على مساحة 1800 متر مربع، والذي "
        "يضم مكتب بريد ووحدة زراعية ومركزا تكنولوجيا، بتكلفة تقديرية 21 مليون جنيه.",
        "مجمع الخدمات الحكومية بقرية الصالحية",
        Decimal("21000000"),
        "EGP",
        Decimal("1800"),
    ),
    (
        "a programme that carries out the work is no project: the cost and area are the work's",
        "كما تفقد معاليه مشروع المساكن الشعبية في منطقة الرمثا، الذي ينفذه برنامج الإسكان الوطني على "
        "مساحة 50 ألف متر مربع بتكلفة إجمالية 300 مليون درهم.",
        "مشروع المساكن الشعبية في منطقة الرمثا",
        Decimal("300000000"),
        "AED",
        Decimal("50000"),
    ),
    (
        "a name in straight quotes after its head is one name",
        'كما دشن معاليه مبادرة "صحار خضراء" التي تنفذها البلدية بتكلفة 200 ألف ريال عماني.',
        'مبادرة "صحار خضراء"',
        Decimal("200000"),
        "OMR",
        None,
    ),
]


@pytest.mark.parametrize(
    ("rule", "text", "name", "cost", "currency", "area"), OWN14_CASES, ids=[c[0] for c in OWN14_CASES]
)
def test_own14_costs(
    rule: str, text: str, name: str, cost: Decimal | None, currency: str | None, area: Decimal | None
) -> None:
    found = _projects(text)
    assert name in found, f"{rule}: {sorted(found)}"
    assert found[name] == (cost, currency, area), rule


OWN14_NEGATIVES = [
    (
        "plural works with a work noun after them are works in general",
        "استعرض اللواء سامي عادل الشاذلي، محافظ أسيوط، موقف تنفيذ مشروعات تطوير الريف بقرى مركز صدفا.",
        0,
    ),
    (
        "plural works with an indefinite adjective are a kind of work",
        "وقالت الوزيرة إن المبادرة تقدم قروضا ميسرة لإقامة مشروعات متناهية الصغر تصل قيمة الواحد منها "
        "إلى 40 ألف جنيه.",
        0,
    ),
    (
        "things counted after عددا من, with no project head, are no project",
        "تفقد الأستاذ كريم عادل الفقي، رئيس مركز ومدينة ههيا، عددا من المخابز البلدية بقريتي السلام والنصر.",
        0,
    ),
    (
        "a programme after ضمن is a frame, not a project",
        "وقالت الوزيرة إن الاتفاقيتين تأتيان ضمن البرنامج التنفيذي لرؤية التحديث الاقتصادي.",
        0,
    ),
    (
        "a programme in a post's name is no project",
        "وحضر اللقاء المهندس سامح فؤاد البنا، مدير مشروع التنمية الريفية بالوادي الجديد.",
        0,
    ),
]


@pytest.mark.parametrize(("rule", "text", "count"), OWN14_NEGATIVES, ids=[c[0] for c in OWN14_NEGATIVES])
def test_own14_projects_that_are_not_there(rule: str, text: str, count: int) -> None:
    assert len(_projects(text)) == count, f"{rule}: {sorted(_projects(text))}"


def test_a_total_of_works_does_not_go_to_the_first_work_named_after_it() -> None:
    found = _projects(
        "واستمع الوفد إلى عرض حول المشروعات الجارية بالحي الجديد، التي تبلغ استثماراتها نحو 2 مليار جنيه، "
        "وفي مقدمتها مدرسة الحي الرسمية للغات بتكلفة 50 مليون جنيه."
    )
    assert found == {"مدرسة الحي الرسمية للغات": (Decimal("50000000"), "EGP", None)}
