"""The weapon facet: a weapon counts when the article reports it used, not when a word looks like one.

Sentences are real news text: the seed articles, the dev set, and sentences of the SaudiNewsNet
corpus (copied here so that these tests run without it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analyzers import default_analyzer
from indexer.extract.weapons import TAXONOMY, WeaponExtractor

DEVSET = Path(__file__).resolve().parent / "devset" / "devset.jsonl"


@pytest.fixture(scope="module")
def weapons() -> WeaponExtractor:
    return WeaponExtractor(default_analyzer())


def keys(weapons: WeaponExtractor, text: str) -> set[str]:
    return {m.key for m in weapons.find(text, weapons.analyzer.words(text))}


# -- the seeds -----------------------------------------------------------------------------------


def test_seed_1_reports_rockets_and_a_drone_on_ain_al_asad(weapons, seed_texts):
    assert keys(weapons, seed_texts[0]) == {"missile", "drone"}


def test_seed_2_reports_the_drone_attack_not_the_rocket_attack_it_recalls(weapons, seed_texts):
    # The report is a drone attack. «ففي أبريل، استهدف هجوم صاروخي … قاعدة للتحالف» recalls an
    # earlier attack, in a sentence that opens on a month: background, not the event reported.
    decisions = weapons.explain(seed_texts[1])
    assert {d.key for d in decisions if d.key} == {"drone"}
    recalled = [d for d in decisions if d.span.text == "هجوم صاروخي"]
    assert recalled and recalled[0].why.startswith("recalls an earlier event")


def test_an_earlier_attack_told_on_its_day_is_retold_not_surveyed(weapons):
    text = (
        "قتل شخص بغارة مسيرة إسرائيلية على سيارة في بريتال. وفي 22 مارس/آذار الماضي، أطلقت صواريخ من "
        "جنوب لبنان باتجاه بلدة المطلة."
    )
    assert keys(weapons, text) == {"drone", "missile"}


def test_an_article_that_only_recounts_past_attacks_keeps_them(weapons):
    text = "ففي أبريل، استهدف هجوم صاروخي انطلق من شمال العراق قاعدة للتحالف داخل سوريا."
    assert keys(weapons, text) == {"missile"}


def test_mentions_come_one_per_key_in_taxonomy_order_with_spans_into_the_text(weapons, seed_texts):
    text = seed_texts[0]
    mentions = weapons.find(text, weapons.analyzer.words(text))
    assert [m.key for m in mentions] == ["missile", "drone"]
    assert (mentions[1].label, mentions[1].label_en) == ("طائرات مسيرة", "drones")
    for mention in mentions:
        for span in mention.spans:
            assert text[span.start : span.end] == span.text
    assert [s.text for s in mentions[1].spans] == ["وطائرة مسيرة", "والمسيرة", "بمسيّرتين"]


# -- every key on a real sentence ----------------------------------------------------------------

REAL_USE = {
    "missile": (
        "قتل 18 شخصا وأصيب العشرات بجروح أمس في سقوط صاروخ مصدره قوات النظام السوري على "
        "حي شعبي في وسط مدينة حلب في شمال سورية، بحسب ما ذكر المرصد السوري لحقوق الإنسان."
    ),
    "drone": (
        "قال سكان ومسؤولون محليون اليوم الخميس إن طائرة بدون طيار هاجمت سيارة في جنوب "
        "اليمن خلال الليل وقتلت أربعة يشتبه أنهم أعضاء في تنظيم القاعدة."
    ),
    "airstrike": (
        'قتل تسعة عناصر من تنظيم "داعش" في الغارات الجوية التي نفذتها مقاتلات تركية فجر '
        'الجمعة على مواقع لتنظيم الدولة الاسلامية في منطقة حدودية في شمال سوريا.'
    ),
    "artillery": (
        "من جهة أخرى قتل 6 من المدنيين وأصيب آخرون، في قصف مدفعي للحوثيين على منطقة دار "
        "سعد في عدن جنوبي البلاد."
    ),
    "mortar": (
        "أطلقت ميليشيات التمرد الحوثي عددا من قذائف الهاون على حي القابل بمنطقة نجران، "
        "ولكنها كانت أهدافا فاشلة."
    ),
    "ied": "وامس اصيب 18 مجندًا بالشرطة في انفجار عبوة ناسفة استهدفت حافلة كانت تقلهم بمدينة العريش.",
    "car_bomb": (
        "كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، وهي ايضا ذات غالبية شيعية، ما "
        "ادى الى مقتل اربعة اشخاص على الاقل وجرح عشرة."
    ),
    "suicide_attack": (
        "قتل 15 شخصا بينهم نساء وأطفال الأربعاء عندما فجر انتحاري نفسه في سوق مزدحمة "
        "بشمال أفغانستان."
    ),
    "small_arms": (
        "إن مهاجمين أطلقا النار خارج مبنى القنصلية الأمريكية في اسطنبول أكبر مدن تركيا "
        "اليوم الاثنين ثم لاذا بالفرار."
    ),
    "rpg": "ومن هناك كانت تطلق قذائف «آر بي جي» على مقرات أمنية والقصر الجمهوري.",
    "chemical": (
        "وتغاضت عن جرائم العراق ضد الأكراد واستخدامه الغازات السامة في ضرب القرى الكردية "
        "وأشهرها حلبجة."
    ),
    "naval": (
        "كما تحدثت المصادر عن «ضربات مكثفة نفذتها طائرات التحالف وبوارج البحرية لمواقع "
        "تتمركز فيها ميليشيات الحوثي وقوات صالح في الخطوط الساحلية لمنطقة الكود وزنجبار»."
    ),
}


def test_every_taxonomy_key_has_a_real_sentence_here():
    assert set(REAL_USE) == set(TAXONOMY)


@pytest.mark.parametrize("key", list(REAL_USE))
def test_each_key_fires_on_a_real_news_sentence(weapons, key):
    assert key in keys(weapons, REAL_USE[key])


# -- words that only look like weapons -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a march
        (
            "بعد مرور عام على مقتل الشاب الأميركي من أصول أفريقية مايكل براون، حيت مدينة "
            "فيرغسون في مسيرة صامتة، أمس، الذكرى الأولى لمقتل براون."
        ),
        # a march that was attacked
        (
            "غداة هجوم آخر شنه يهودي متطرف هاجم مسيرة مثليي الجنس في القدس، مما أدى إلى مقتل "
            "فتاة وجرح خمسة أشخاص آخرين طعنا بسكين."
        ),
        # careers
        "ما دفعه إلى إكمال مسيرة سابقيه، والتوجه بقوة نحو مسرح الطفل.",
        "عرف عنه العمل المتميز والخلق الرفيع خلال مسيرته التعليمية والتربوية.",
    ],
)
def test_masira_as_a_march_or_a_career_is_no_drone(weapons, text):
    assert "drone" not in keys(weapons, text)


@pytest.mark.parametrize(
    "text",
    [
        "يا دولة تنهار..  من قصف الكلام..  نووية مرعوبة..  من شاعر مرهف..",
        "يبدأ الشعر يحترق ويتقطع ويتقصف ويفقد اللمعة، إضافة إلى تساقط كثيف.",
    ],
)
def test_figurative_or_substring_qasf_is_no_weapon(weapons, text):
    assert keys(weapons, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a space rocket
        (
            "وأظهرت مقاطع بثها تلفزيون الوكالة الفضائية الأميركية مباشرة أجزاء متناثرة من "
            "الصاروخ وهي تسقط كالأشلاء بعد انفجاره."
        ),
        # a Jeddah market
        (
            "نفذت البلدية حملات مكثفة على المباسط العشوائية والمحال والباعة الجائلين في منطقة "
            "أسواق الصواريخ والأهدل."
        ),
        # an arms deal
        (
            "إن الخارجية الامريكية وافقت على صفقة محتملة للسعودية تحصل بموجبها المملكة على "
            "صواريخ اضافية طراز باك-3 التي تصنعها لوكهيد مارتن."
        ),
        # a hypothesis in a policy debate
        'بل سترون المزيد من الدعم للإرهاب، سترون صواريخ حزب الله تسقط على تل أبيب".',
        # a goal in football
        "من كرة صاروخية اطلقها من خارج المنطقة الى سقف الشباك.",
    ],
)
def test_missiles_that_are_not_used_do_not_count(weapons, text):
    assert "missile" not in keys(weapons, text)


def test_a_ceasefire_is_no_shooting(weapons):
    text = (
        "جدد مبعوث الأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد أمس دعوته لوقف إطلاق النار "
        "وفقا لخطة تتضمن انسحاب الحوثيين من المدن الرئيسية."
    )
    assert keys(weapons, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        (
            "تستضيف العاصمة الهولندية أمستردام أول سيرك من نوعه على الإطلاق للطائرات من دون "
            "طيار أواخر العام الجاري."
        ),
        (
            "حذرت هيئة الطيران المدني البريطانية من أنه يتم إطلاق الطائرات دون طيار على "
            "ارتفاع يصل إلى 600 متر فوق سطح الأرض."
        ),
    ],
)
def test_hobby_and_civil_drones_are_no_weapon(weapons, text):
    assert "drone" not in keys(weapons, text)


CURRENT_WORDING = Path(__file__).resolve().parent / "data" / "weapons_current_wording.tsv"


def _current_wording() -> list[tuple[set[str], str]]:
    rows = []
    for line in CURRENT_WORDING.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            wanted, text = line.split("\t", 1)
            rows.append((set(wanted.split(",")) - {"-"}, text))
    return rows


@pytest.mark.parametrize(
    "wanted, text", _current_wording(), ids=lambda v: v[:40] if isinstance(v, str) else None
)
def test_the_wording_of_recent_reports(weapons, wanted, text):
    # A bare مسيرة as the instrument of an attack (استُهدفت القاعدة بمسيّرتين), the subject of a
    # strike (أغارت مسيرة إسرائيلية على سيارة) or fallen (سقوط مسيرة على مبنى) is a drone; a
    # booby-trapped drone (مسيرات مفخخة) no car bomb; civilians killed (مدنيين) no civil flight.
    assert keys(weapons, text) == wanted


# -- keys decided by context ---------------------------------------------------------------------


def test_generic_qasf_by_a_force_without_aircraft_is_artillery(weapons):
    text = "كما قصفت مليشيات الحوثي وصالح، أحياء سكنية، قرب تعز ما أسفر عن سقوط قتلى بينهم مدنيون."
    assert keys(weapons, text) == {"artillery"}


def test_generic_qasf_by_coalition_aircraft_is_an_airstrike(weapons):
    text = (
        "وقال شهود عيان إن طيران التحالف قصف معسكر اللواء 55 (الكمب) في مدينة يريم، بمحافظة إب، "
        "وقد سقط قتلى وجرحى جراء القصف."
    )
    assert keys(weapons, text) == {"airstrike"}


@pytest.mark.parametrize(
    "text",
    [
        "قتلوا أمس في غارة لطائرة بدون طيار يرجح أنها أمريكية فوق جنوب اليمن. وأوضح المسؤول أن «الغارة "
        "دمرت سيارة تابعة لعناصر القاعدة قادمة من مدينة المكلا».",
        "وتشن الولايات المتحدة باستمرار غارات بطائرات من دون طيار على المتشددين في الصومال.",
        "مع انسحاب «النصرة» من مراكزها في ريف حلب الشمالي مع قصف طائرة أميركية من دون طيار هدفا لتنظيم داعش.",
    ],
)
def test_a_raid_or_a_strike_by_a_drone_is_the_drones_not_an_airstrike(weapons, text):
    assert keys(weapons, text) == {"drone"}


def test_a_bombers_own_charge_is_the_suicide_attack_not_an_ied(weapons):
    text = "لقي طالب سوداني مصرعه بعد أن فجر نفسه بعبوة ناسفة في منطقة الرقة السورية"
    assert keys(weapons, text) == {"suicide_attack"}
    listed = "عاود في الأسابيع الماضية تنفيذ تفجيرات انتحارية وبعبوات ناسفة وسيارات مفخخة."
    assert keys(weapons, listed) == {"suicide_attack", "ied", "car_bomb"}


def test_mine_resistant_vehicles_and_mine_detectors_are_gear_not_mines(weapons):
    assert keys(weapons, "طلب الأكراد مركبات مقاومة للألغام لمواجهة هجمات داعش") == set()
    assert keys(weapons, "طلب الأكراد عربات مقاومة للألغام الارضية") == set()
    assert keys(weapons, "قتل جنديان بانفجار لغم أرضي في الحديدة") == {"ied"}


def test_a_bomb_planted_by_a_road_is_an_ied(weapons):
    assert keys(weapons, "قتل اربعة عناصر من الشرطة في انفجار قنبلة وضعت بجانب طريق في اقليم سيلوبي") == {"ied"}
    assert keys(weapons, "ألقت الطائرة القنبلة الذرية على المدينة عام 1945") != {"ied"}


def test_an_execution_by_shooting_is_small_arms(weapons):
    assert keys(weapons, "نفذ حكم الإعدام رمياً بالرصاص بحق المدان") == {"small_arms"}


def test_a_death_sentence_by_shooting_is_no_execution_yet(weapons):
    text = "كانت محكمة جنايات طرابلس أصدرت الثلاثاء الماضي حكما بالإعدام بالرصاص ضد تسعة من المسؤولين."
    assert keys(weapons, text) == set()
    text = "ونفذ التنظيم حكم الإعدام رميا بالرصاص بحق ثلاثة شبان في الساحة العامة."
    assert keys(weapons, text) == {"small_arms"}
    text = "ولسليمان قصة عجيبة، حيث حكم عليه بالإعدام رميًا بالرصاص في الساحة العامة، ولكنه أفلت من الموت."
    assert keys(weapons, text) == set()


def test_an_execution_or_a_body_found_shot_is_small_arms(weapons):
    text = "اعلن الحزب الاربعاء مسؤوليته عن اعدام عنصرين من الشرطة التركية برصاصة في الراس"
    assert keys(weapons, text) == {"small_arms"}
    text = "تم العثور صباح اليوم على جثتي شرطيين مقتولين برصاص في الرأس في مدينة جيلان بينار"
    assert keys(weapons, text) == {"small_arms"}


def test_a_report_whose_only_aircraft_is_a_drone_gives_it_every_strike(weapons):
    text = (
        "قالت مصادر إن ضربة اسرائيلية جوية نفذتها طائرة بلا طيار استهدفت سيارة في القنيطرة في جنوب غرب "
        "سوريا وقتلت عضوين من حزب الله. وأضافت المصادر أن الرجلين كانا في طريقهما إلى بلدة قريبة عندما "
        "وقصفت الطائرة السيارة التي كانت تقلهما على الطريق الرئيسي. ورفضت متحدثة باسم الجيش التعليق حين "
        "سئلت عن صحة التقارير الخاصة بالضربة الجوية."
    )
    assert keys(weapons, text) == {"drone"}
    # Warplanes named anywhere keep their strikes apart from the drone's.
    text += " وكانت مقاتلات إسرائيلية قد شنت الشهر الماضي غارات على مواقع في ريف دمشق."
    assert keys(weapons, text) == {"drone", "airstrike"}


def test_warplanes_beside_a_drone_still_make_an_airstrike(weapons):
    text = (
        "وأعلنت وزارة الدفاع أن طيران التحالف نفذ 9 غارات جوية مستخدمًا طائرات مقاتلة وطائرات بدون "
        "طيار في سوريا."
    )
    assert keys(weapons, text) == {"airstrike", "drone"}


def test_this_shelling_with_no_force_named_adds_no_key(weapons):
    text = "قال مسؤول أميركي إن الصواريخ سقطت خارج القاعدة. ولم تعلن أي جهة بعد مسؤوليتها عن هذا القصف."
    assert keys(weapons, text) == {"missile"}


def test_rounds_fired_are_small_arms_and_rounds_found_are_not(weapons):
    text = "لقي المطلوب أمنيا حتفه إثر تعرضه للإصابة بطلقات نارية في بلدة القديح"
    assert keys(weapons, text) == {"small_arms"}
    text = "وبتفتيش المركبة عثر خلف مقعد السائق على رشاش كلاشنكوف و91 طلقة نارية"
    assert keys(weapons, text) == set()
    text = "لكنها باليد الأخرى تجند شبانا وتمولهم وتزودهم بقنابل ورشاشات ليفجروا في وطنهم"
    assert keys(weapons, text) == set()  # supplied (زوّد، يزوّد: not زاد), not used


def test_mines_laid_barrels_dropped_and_sticky_bombs(weapons):
    assert keys(weapons, "واكد سكان ان الحوثيين يزرعون الالغام في الطرق المؤدية الى المدينة") == {"ied"}
    assert keys(weapons, "وقال إن زرع الألغام محرم دوليا") == set()  # the verbal noun: a topic
    assert keys(weapons, "وألقت المروحيات براميل متفجرة على أحياء المدينة") == {"airstrike"}
    assert keys(weapons, "وقتل عشرة أشخاص بانفجار عبوة لاصقة في سيارة ضابط") == {"ied"}


def test_an_aircraft_downed_or_targeted_is_no_air_strike(weapons):
    crash = "قتل 23 شخصا أمس في هجومين تبنتهما حركة طالبان، 17 منهم بسقوط مروحية عسكرية أفغانية."
    assert "airstrike" not in keys(weapons, crash)
    target = "مستبعدا فرضية أن تكون المروحية هدفا لهجوم."
    assert keys(weapons, target) == set()
    assert keys(weapons, "وشنت مروحيات النظام هجوما على البلدة.") == {"airstrike"}
    # Targets the aircraft struck are no target it was (أهدافا, not هدفا).
    assert keys(weapons, "وطيران التحالف استهدف أهدافا استراتيجية للميليشيات.") == {"airstrike"}


def test_apaches_returning_fire_at_its_source_strike(weapons):
    text = "وردت القوات المسلحة السعودية على مصدر النيران وبقوة عبر طائرات الأباتشي والمدفعية."
    assert keys(weapons, text) == {"airstrike", "artillery"}
    assert keys(weapons, "وحلقت طائرات الأباتشي فوق الحشود في العرض العسكري") == set()


def test_light_arms_named_after_heavier_ones_are_small_arms(weapons):
    text = "والمواجهات لا تزال مستمرة حتى الآن ويستخدم فيها الطرفان الأسلحة الثقيلة والخفيفة."
    assert keys(weapons, text) == {"small_arms"}
    text = "واندلعت اشتباكات بالأسلحة الثقيلة والمتوسطة والخفيفة بين الجانبين."
    assert keys(weapons, text) == {"small_arms"}


def test_what_a_weapon_resulted_in_makes_it_an_event(weapons):
    text = (
        "أقدمت ميليشيات الحوثي على استهداف الأحياء السكنية في الروضة والتحرير الأسفل بقذائف "
        "الدبابات وصواريخ الكاتيوشا أسفرت عن احتراق منزلين."
    )
    assert keys(weapons, text) == {"artillery", "missile"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("اعلن البيت الابيض ادانته الشديدة للاعتداء الانتحاري الذي اوقع ثلاثين قتيلا.", {"suicide_attack"}),
        ("وأضاف أن الحوثيين أطلقوا صواريخ الهاون عبر الحدود السعودية أدت إلى مقتل مدنيين.", {"mortar"}),
        ("اعلنت الوزارة عن مقتل 23 عنصرا من داعش وتدمير سيارة مفخخة بقصف لطيران التحالف.", {"airstrike"}),
        ("وقبل أقل من 24 ساعة على هذا الهجوم دمر انفجار شاحنة مفخخة حيا سكنيا في وسط كابول.", {"car_bomb"}),
    ],
)
def test_suicide_assaults_mortar_rockets_and_car_bombs_destroyed(weapons, text, expected):
    assert keys(weapons, text) == expected


def test_an_army_s_bombardment_of_a_village_is_shelling(weapons):
    text = "والأحد أعلن الجيش النيجيري أنه قصف قرية بيتا الواقعة جنوب مالاري."
    assert keys(weapons, text) == {"artillery"}
    text = "أعرب الأمين العام للجامعة عن استنكار الجامعة للقصف التركي على مناطق في شمال العراق."
    assert keys(weapons, text) == {"artillery"}
    # A cue phrase may start on the trigger: قصف الجبهات is an exchange of insults, while the
    # singular is as often a front's name (بقصف جبهة النصرة).
    assert keys(weapons, "وقال إن قصف الجبهات في مواقع التواصل لا يليق بالجيش") == set()
    assert keys(weapons, "وتتابع اليوم بقصف جبهة النصرة وإنهائها في مواقعها.") == {"artillery"}


def test_the_instrument_of_a_bombardment_far_from_its_verb_is_used(weapons):
    text = (
        "كما قصفت المنطقة العسكرية الثالثة الموالية للرئيس عبد ربه منصور هادي مواقع الحوثيين "
        "وقوات صالح بالمدفعية."
    )
    assert keys(weapons, text) == {"artillery"}
    # Not without ب: the guns are then no instrument of that bombardment.
    text = (
        "قصفت الطائرات مواقع الحوثيين وقوات صالح في محيط المنطقة العسكرية الثالثة التي تنتشر "
        "فيها المدفعية."
    )
    assert keys(weapons, text) == {"airstrike"}


def test_a_nuclear_bombardment_is_an_air_strike_and_fireworks_no_shells(weapons):
    text = "ويتم حاليا إحياء الذكرى السبعين لأول عملية قصف نووية في التاريخ لمدينة هيروشيما اليابانية."
    assert keys(weapons, text) == {"airstrike"}
    text = "ضمن سبعة مواقع تم تخصيصها لإطلاق 15 ألف قذيفة نارية يوميا في العيد."
    assert keys(weapons, text) == set()
    assert keys(weapons, "وسقطت قذيفة على منزل في الحي مما أدى إلى مقتل طفل.") == {"artillery"}


def test_roads_and_houses_mined_or_rigged_are_ieds_and_a_car_workshop_is_not(weapons):
    mined = "إن الجيش ومليشيا الحشد الشعبي يواجهان صعوبة بسبب تلغيم الطرق والجسور."
    assert keys(weapons, mined) == {"ied"}
    assert keys(weapons, "وقال إن تفخيخ تنظيم داعش الطرق والجسور يبطئ تقدم تلك القوات.") == {"ied"}
    assert keys(weapons, "وضبطت الشرطة ورشة لتفخيخ العجلات جنوبي بغداد.") == set()


def test_rockets_warplanes_fire_are_the_air_strikes_own(weapons):
    text = "وذكرت أن الطائرات المقاتلة التركية قصفت بالصواريخ مواقع التنظيم"
    assert keys(weapons, text) == {"airstrike"}
    # A plane shot down by a missile is the missile's.
    assert keys(weapons, "تتهم أوكرانيا المتمردين بإسقاط الطائرة بصاروخ روسي الصنع") == {"missile"}


def test_drones_without_a_pilot_in_any_wording(weapons):
    text = "ما زالت طائرات حربية أميركية وطائرات بلا طيار تنفذ ضربات في أفغانستان"
    assert keys(weapons, text) == {"airstrike", "drone"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قتل ما لا يقل عن 49 شخصا في انفجار قنبلتين في مدينة غومبي", {"ied"}),
        ("قالت الشرطة اليمنية إن قنبلة انفجرت أسفل حافلة ركاب", {"ied"}),
        ("وانفجار قنبلة هيروشيما الذي قتل 140 ألف شخص بحلول نهاية العام", set()),
        ('قال المصدر إن اطلاق "نيران صديقة" أدى إلى مقتل 14 جنديا', set()),
    ],
)
def test_a_bomb_exploded_is_an_ied_and_friendly_fire_no_gunfire(weapons, text, expected):
    assert keys(weapons, text) == expected


def test_the_atomic_bomb_dropped_is_an_air_strike_and_owned_is_none(weapons):
    text = "أحيت اليابان اليوم الأحد الذكرى السبعين لإلقاء القنبلة الذرية على نجازاكي"
    assert keys(weapons, text) == {"airstrike"}
    text = "احيت ناغازاكي الذكرى السبعين لقصف هذه المدينة الواقعة في غرب اليابان بقنبلة نووية"
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "وتخشى إسرائيل أن تقصف المنشآت النووية الإيرانية") == set()
    assert keys(weapons, "وتخشى إسرائيل أن تمتلك إيران القنبلة النووية") == set()
    text = "احياء لذكرى القنبلة النووية التي القتها قبل 70 عاما قاذفة اميركية فوق المدينة"
    assert keys(weapons, text) == {"airstrike"}  # dropped, said after it


def test_a_force_right_after_a_bombardment_is_its_author_beside_an_air_cue(weapons):
    text = "اشتباكات عنيفة ترافقت مع قصف جوي على منطقة الاشتباكات وقصف لقوات النظام"
    assert keys(weapons, text) == {"airstrike", "artillery"}
    # Further on, after the places it hit, the force is the target.
    text = "لكن الفرق هذه المرة هو أن قوات التحالف الدولي كانت تقصف مواقع داعش"
    assert keys(weapons, text) == {"airstrike"}


def test_a_vehicle_loaded_by_weight_and_charges_discovered(weapons):
    text = "نفذ عناصر من الحزب هجوماً انتحارياً بواسطة جرار زراعي معبأ بنحو طنين اثنين من المتفجرات"
    assert keys(weapons, text) == {"car_bomb", "suicide_attack"}
    text = "وأشار إلى اكتشاف وتدمير 47 عبوة ناسفة كانت معدة ومجهزة لاستهداف قوات الجيش"
    assert keys(weapons, text) == set()


def test_suicidal_thoughts_and_an_air_strike_s_rockets(weapons):
    text = "هم أكثر عرضة للإصابة بضعف الصحة العقلية والضغوط النفسية والأفكار الانتحارية"
    assert keys(weapons, text) == set()
    text = "جراء تنفيذ طائرات النظام ضربة جوية بالصواريخ والبراميل المتفجرة على البلدة"
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "وأسقطت الدفاعات الجوية صاروخا باليستيا أطلقته الميليشيات") == {"missile"}


def test_the_bomber_named_with_the_article_is_the_attack_of_the_story(weapons):
    text = "مشيرا إلى أن الانتحاري استغل وقت الصلاة، وطلب الدخول إلى المسجد"
    assert keys(weapons, text) == {"suicide_attack"}
    assert keys(weapons, "السليمان.. عاش شمالا وأجرم جنوبا / والانتحاري يوسف السليمان من مواليد 1994") == {
        "suicide_attack"
    }
    # Not the creed, nor an indefinite bomber with no event near, nor the bombers as a type.
    assert keys(weapons, "ويتحدث الكاتب عن الفكر الانتحاري لدى الشباب") == set()
    assert keys(weapons, "وهو ما يجعل من الشاب مشروع انتحاري في نظر التنظيم") == set()
    assert keys(weapons, "ويجند التنظيم الانتحاريين من بين الشباب") == set()


def test_barrel_bombs_with_a_possessive_and_a_bombardment_feared(weapons):
    text = "السوريين الذين يتساقطون تحت صواريخ النظام وبراميله المتفجرة"
    assert keys(weapons, text) == {"missile", "airstrike"}
    text = "والخوف من أن يستهدف القصف قوات النظام التي تحارب التنظيم"
    assert keys(weapons, text) == set()
    # Fleeing for fear of a real bombardment is no hypothesis.
    assert keys(weapons, "ونزح السكان خوفا من القصف العنيف على الأحياء") == {"artillery"}


def test_a_weapon_is_the_instrument_of_a_targeting_named_by_its_verbal_noun(weapons):
    text = (
        "وتم استهداف تجمعات ميليشيات الحوثي وصالح بالقرب من المجمع الحكومي بسناح وإدارة المياه "
        "بمدافع الهاون عيار 120"
    )
    assert keys(weapons, text) == {"mortar"}


def test_a_bombardment_with_heavy_weapons_is_artillery(weapons):
    # The air strikes named first leave no room for the default of a bombardment named alone.
    text = (
        "وشنت طائرات التحالف غارات جوية على مواقع الحوثيين. وأضاف أن هذه الميليشيات شنت هجومها "
        "ظهر أول من أمس، واستخدمت كافة الأسلحة الثقيلة والمتوسطة، وقصفت أماكن تواجد المقاومة"
    )
    assert keys(weapons, text) == {"airstrike", "artillery"}


def test_an_airline_strikes_no_one(weapons):
    assert keys(weapons, "وقد شن ناشطون إسرائيليون حملة نقد ضد شركة الطيران الفرنسية.") == set()
    assert keys(weapons, "وشن طيران التحالف غارات على مواقع الحوثيين") == {"airstrike"}


def test_a_hypothesis_does_not_reach_across_the_strike_it_follows(weapons):
    text = "أجزاء من شمال سوريا ستصبح «منطقة آمنة» بعد أن قصفت طائرات حربية تركية مواقع للجهاديين"
    assert keys(weapons, text) == {"airstrike"}
    text = "العمليات الأمنية سوف تستمر ما دامت بلاده تواجه تهديدا وذلك بعد يوم من هجوم شنته الطائرات الحربية"
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "وهدد الجيش بشن غارات على المدينة") == set()


def test_a_states_warplanes_and_the_support_of_warplanes(weapons):
    assert keys(weapons, "وأشار إلى هجمات الطائرات التركية التي استهدفت معاقل الحزب") == {"airstrike"}
    assert keys(weapons, "بلدة صرين التي سيطروا عليها بدعم من طائرات التحالف الدولي") == {"airstrike"}
    # Not a state's drone, a plane bringing aid, or a police raid's helicopters.
    assert keys(weapons, "قتل سلفه في ضربة لطائرة امريكية بلا طيار في يونيو") == {"drone"}
    assert keys(weapons, "وصلت الطائرات السعودية محملة بالمساعدات إلى مطار عدن") == set()
    assert keys(weapons, "في عملية بمشاركة خمسة آلاف عنصر من الشرطة وبدعم من المروحيات") == set()


def test_a_precaution_against_a_bombardment_is_no_bombardment(weapons):
    text = "نقلت موجودات الدار إلى مواقع بديلة تحسبا لتلف الوثائق في حال تعرضت دار الكتب للقصف"
    assert keys(weapons, text) == set()
    assert keys(weapons, "وفي حال قصفت الطائرات المدينة فإن الخسائر ستكون كبيرة") == set()


def test_a_destroyer_is_named_by_its_navy_and_a_drill_is_no_use(weapons):
    assert keys(weapons, "قد تتسبب الهجمات الإلكترونية بحوادث عاصفة ومدمرة") == set()
    text = "قالت المصادر إن مدمرتين حربيتين للتحالف انضمتا للأسطول قبالة سواحل أبين وقصفتا مواقع المتمردين"
    assert "naval" in keys(weapons, text)
    text = "أجرى الجيش تمرينات تحاكي إطلاق الصواريخ على منظومات الدفاع الجوي"
    assert keys(weapons, text) == set()


def test_bombs_dropped_are_worded_asqata_too(weapons):
    text = "أسقطت الولايات المتحدة قنبلتين ذريتين على كل من هيروشيما وناجازاكي في نهاية الحرب"
    assert keys(weapons, text) == {"airstrike"}


def test_raids_of_a_raider_with_no_aircraft_are_made_on_the_ground(weapons):
    text = (
        "وتقاتل بوكو حرام الجيش منذ سنوات. وشنت الحركة حملة من الهجمات ضد قوات الأمن، ونفذت الكثير "
        "من التفجيرات الانتحارية والغارات الدموية على قرى في نيجيريا."
    )
    assert keys(weapons, text) == {"suicide_attack"}
    # Aircraft or the air named anywhere keep the raids aerial.
    assert keys(weapons, "شن الجيش النيجيري غارات على مواقع بوكو حرام بالطائرات") == {"airstrike"}
    assert keys(weapons, "قصف الجيش النيجيري مواقع بوكو حرام بغارات جوية") == {"airstrike"}


def test_a_raid_that_took_a_captive_and_a_single_planes_rockets(weapons):
    text = "أم سياف التي كانت قد اعتقلت اثناء غارة للتحالف أدت الى مقتل زوجها"
    assert keys(weapons, text) == set()
    text = "وقال المصدر إن طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل خلال قصف جوي"
    assert keys(weapons, text) == {"airstrike"}
    # A plane shot down by a missile is its target.
    assert keys(weapons, "أسقطت الدفاعات الجوية الطائرة بصاروخ أرض جو") == {"missile"}


def test_the_fire_of_gunmen_snipers_and_firearms_as_an_instrument_are_small_arms(weapons):
    assert keys(weapons, "كما قتل ثلاثة قضاة بنيران مسلحين في شمال سيناء") == {"small_arms"}
    assert keys(weapons, "قتلت قوات الشرطة الأمريكية مسلحا دخل دار سينما ببندقية وفأس صغير") == {"small_arms"}
    text = "أن 93 مدنيا قتلوا في تعز، بأعمال قصف وقنص نفذها الحوثيون، والقوات الموالية للنظام"
    assert "small_arms" in keys(weapons, text)
    # Fires of unknown origin, a course in sniping, a firearm as the topic of a campaign: none.
    assert keys(weapons, "وقالت التايمز ان هذه النيران مجهولة المصدر وتظهر أمام عدسات المصورين") == set()
    assert keys(weapons, "يتلقى دورة تدريب قوات خاصة ومعسكر سلاح ثقيل ودورة في القنص") == set()
    text = "توحيد العقوبة لمستخدم السلاح الأبيض مع مستخدم السلاح الناري، وتشديد العقوبة على ذلك"
    assert keys(weapons, text) == set()


def test_suicide_attacks_named_as_a_type_a_portfolio_or_a_figure_are_no_attack(weapons):
    for text in (
        "فشباب الآميش لا يفجرون أنفسهم وغيرهم في وسائل النقل والمستشفيات",
        "فالحوريات ينتظرن الشاب الذي يفجر نفسه للظفر بهن",
        "وأضاف أن السوداني يترأس وحدة التفجيرات والهجمات الانتحارية وله علاقة مباشرة",
        "فما يحدث نتاج فكر عفن اختطف أولادنا وأحالهم إلى أحزمة ناسفة",
    ):
        assert keys(weapons, text) == set(), text
    # The act itself, in the present of a narrative: the attack.
    text = "يباغت خاله الذي رباه بأربع رصاصات وعشر طعنات ثم يفجر نفسه عند نقطة أمن"
    assert "suicide_attack" in keys(weapons, text)


def test_the_bomber_between_the_verb_and_himself_and_a_car_bomb_driven_by_one(weapons):
    text = "إلا أن حادثة تفجير مواطن سعودي نفسه في مسجد الطوارئ"
    assert keys(weapons, text) == {"suicide_attack"}
    # النفس and نفس are no reflexive: the killing of a soul, "of the same kind".
    assert keys(weapons, "وإعمار الأرض، لا تفجيرها وتدميرها وقتل النفس") == set()
    text = "فجرت الطائرات الدولية سيارة مفخخة تابعة لتنظيم داعش يقودها انتحاري قبل أن تصل إلى مواقع البيشمركة"
    assert keys(weapons, text) == {"car_bomb", "suicide_attack"}
    text = "تركيا: البحث عن سيارة محملة بالمتفجرات باسطنبول يقودها انتحاري داعشي"
    assert keys(weapons, text) == set()


def test_shells_dropped_by_warplanes_a_ground_bombardment_and_anti_aircraft_guns(weapons):
    text = "بالقصف الجوي والبري الجاري حاليا عبر الحدود"
    assert keys(weapons, text) == {"airstrike", "artillery"}
    text = "وقال سميث إن طالبان تستخدم أسلحة مضادة للطائرات بشكل متزايد"
    assert keys(weapons, text) == set()


def test_a_force_named_after_the_positions_shelled_holds_them_and_by_names_the_author(weapons):
    text = "وقالت مصادر إن الغارات تواصلت على تعز، وإن القصف استهدف مواقع ميليشيات الحوثي وصالح"
    assert keys(weapons, text) == {"airstrike"}
    text = "لقصف مكثف من الطيران المروحي، ترافق مع قصف من قبل قوات النظام على مناطق في سهل الغاب"
    assert keys(weapons, text) == {"airstrike", "artillery"}
    # Named before the bombardment, the force is its author.
    text = "معسكر اللواء 15 الذي تتخذ منه ميليشيات الحوثي وفلول صالح مقرا لها لقصف المدنيين"
    assert keys(weapons, text) == {"artillery"}


def test_air_support_named_without_a_preposition_and_support_planned(weapons):
    text = "حتى لا يكونوا هدفا للقناصة، وذلك بمساندة الطيران الحربي"
    assert "airstrike" in keys(weapons, text)
    text = "إن العدد يفوق ألفي جندي بخلاف المقاومة الشعبية، ومساندة طيران التحالف في تنفيذ هذه الخطة"
    assert keys(weapons, text) == set()
    text = "وقالت إن دوريات خفر السواحل نفذت خطة انتشار بحري، بإسناد من طيران الشرطة"
    assert keys(weapons, text) == set()


def test_an_attack_claimed_a_rocket_bombardment_and_an_anti_armour_round(weapons):
    text = "واهتمت الصحف بقول منظمة داعش إنها مسؤولة عن الهجوم الانتحاري الذي قتل 15 شخصا في مسجد"
    assert keys(weapons, text) == {"suicide_attack"}
    # In charge of suicide operations is a portfolio.
    assert keys(weapons, "وكان المسؤول عن العمليات الانتحارية في التنظيم") == set()
    text = "وجرح أكثر من 200 آخرين في حي دار سعد شمال مدينة عدن بقصف صاروخي"
    assert keys(weapons, text) == {"missile"}
    text = "قتل ستة من المتمردين إثر تفجير دبابة بقذيفة مضادة للدروع أطلقها مقاتلو المقاومة"
    assert keys(weapons, text) == {"rpg"}


def test_a_columnists_other_titles_and_the_bullet_of_mercy_report_no_weapon(weapons):
    from indexer.extract import extract

    text = "وتبقى السياحة في وطنك أجمل. مقالات أخرى للكاتبمديون يصيف في أوربا!طموحهم حزام ناسف!"
    assert [w.key for w in extract(text).weapons] == []
    assert keys(weapons, "فالاتفاقية كانت رصاصة الرحمة التي قتلت طموحات الشر") == set()


def test_a_vehicle_rigged_the_law_rocket_a_launcher_fire_not_met_and_spoils(weapons):
    assert keys(weapons, "واستهدف جيش الفتح الحاجز بهجوم بعربة ملغمة تبعه اقتحام") == {"car_bomb"}
    assert keys(weapons, "واستهدفت المقاومة نقطة للحوثيين بصاروخ (لو) وقتلت من فيها") == {"rpg"}
    assert keys(weapons, "وقتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون أكراد") == {"rpg"}
    assert keys(weapons, "لم تتعرض الطائرات لتحد، ولم تتعرض لإطلاق نار") == set()
    text = "وتمكنت المقاومة من أسر 3 من المسلحين واغتنام طقم عسكري ورشاش وأسلحتهم الشخصية"
    assert keys(weapons, text) == set()


def test_fire_into_the_air_and_a_bombardment_that_must_be_done_are_no_use(weapons):
    text = "وعقب تطهيرهم لمدينة دمت دخلوا المدينة، وأطلقوا زخات الرصاص في الهواء ابتهاجا"
    assert keys(weapons, text) == set()
    text = "مما يحتم على القوات الأمنية التركيز على تجمعاتهم وقصفها قبل دخول الفلوجة"
    assert keys(weapons, text) == set()


def test_naval_support_is_named_as_air_support_is(weapons):
    text = "كما سيطرت المقاومة على معسكر اللواء 15 بإسناد جوي وبحري من قوات التحالف العربي"
    assert keys(weapons, text) == {"airstrike", "naval"}


def test_a_bombardment_in_the_future_tense_is_a_threat(weapons):
    text = "وأضاف: إذا لم يأخذوا الإذن فإن سلاح الجو الليبي سيقصف كل من يقترب من السواحل"
    assert keys(weapons, text) == set()
    assert keys(weapons, "انفجرت سيارة مفخخة قرب مركز الشرطة") == {"car_bomb"}


def test_a_plane_that_arrived_after_a_bombardment_is_not_its_author(weapons):
    text = "حيث حاول المسلحون المتمردون قصف مطار عدن الدولي بعد وصول الطائرة الثانية، لكنهم فشلوا"
    assert "airstrike" not in keys(weapons, text)


def test_a_home_made_charge_is_an_ied(weapons):
    assert keys(weapons, "انفجرت عبوة بدائية الصنع صباح اليوم بميدان المحكمة") == {"ied"}
    assert keys(weapons, "ضبطت الشرطة عبوة بدائية الصنع قبل انفجارها") == set()


def test_rocket_shells_of_one_report_are_one_weapon(weapons):
    text = (
        "ارتفعت حصيلة القتلى جراء القذائف الصاروخية التي سقطت على دمشق الى 11 شخصا. وقال المرصد ان "
        "المسلحين استخدموا القذائف الصاروخية بكثافة."
    )
    decisions = [d for d in weapons.explain(text) if d.phrase == "@shell @rocket_adj"]
    assert [d.key for d in decisions] == ["missile", "missile"]
    # Alone, with no cue, the second sentence's rocket shell is the shoulder-fired default.
    assert keys(weapons, "وقال المرصد ان المسلحين استخدموا القذائف الصاروخية بكثافة.") == {"rpg"}


def test_any_far_from_the_weapon_denies_nothing(weapons):
    assert keys(weapons, "ولم يعلن أي طرف مسؤوليته عن الهجوم الانتحاري") == {"suicide_attack"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وتقدمت قوات هادي المدعومة جوا وبرا من قوات التحالف نحو المدينة", {"airstrike"}),
        ("وتقدمت المقاومة بغطاء جوي مكثف من طيران التحالف", {"airstrike"}),
        ("تقدم للجيش الوطني جنوب تعز بغطاء التحالف الجوي", {"airstrike"}),
        ("وخاضت المقاومة معارك عنيفة بإسناد جوي من مقاتلات التحالف", {"airstrike"}),
        ("وطالبت المعارضة بتوفير غطاء جوي لحماية المدنيين", set()),
        ("وقررت واشنطن تقديم غطاء جوي لمقاتلي المعارضة الذين دربتهم", set()),
    ],
)
def test_air_support_of_ground_forces_is_an_air_strike_not_when_asked_for(weapons, text, expected):
    assert keys(weapons, text) == expected


def test_a_force_s_bombardment_is_the_rockets_and_mortars_named_for_it(weapons):
    text = (
        "وقالت المنظمة إن الحوثيين قصفوا أحياء سكنية في عدن عشوائيا. وأضافت أن التحقيقات بينت استخدام "
        "الكثير من الصواريخ وقذائف الهاون في الهجمات التي قتلت عشرات المدنيين."
    )
    assert keys(weapons, text) == {"missile", "mortar"}
    # Random shelling with rockets is the rockets.
    text = "واستهدفت الميليشيات الأحياء السكنية بقصف عشوائي بصواريخ الكاتيوشا مما أدى إلى مقتل مدنيين"
    assert keys(weapons, text) == {"missile"}
    # Fire with guns or tanks named right after it is theirs, not small arms.
    text = "وتبادلت المقاومة والحوثيون إطلاق النيران بالمدفعية والدبابات في محيط المعسكر"
    assert keys(weapons, text) == {"artillery"}


def test_a_death_toll_in_its_idiom_is_an_attack(weapons):
    text = "فالعملية الانتحارية التي أودت بحياة 32 شخصا في سوروج غيرت شكل الحرب على التنظيم"
    assert keys(weapons, text) == {"suicide_attack"}


def test_a_bombardment_whose_means_the_article_never_names_is_shelling(weapons):
    # The guidelines' default for a قصف by no named aircraft, gun or force.
    text = (
        "وأوضح المرصد أن 7 آخرين قتلوا جراء قصف على مناطق في بلدة دير حافر وقرية عيشة بريفي حلب."
    )
    assert keys(weapons, text) == {"artillery"}
    [decision] = weapons.explain(text)
    assert decision.why == "used (no other means of fire in the article)"
    # Any means of fire named elsewhere in the article decides instead.
    text += " وشنت طائرات التحالف غارات على مواقع التنظيم في الرقة."
    assert keys(weapons, text) == {"airstrike"}


def test_a_rocket_shell_fired_from_gaza_is_a_missile_and_its_echo_no_artillery(weapons):
    text = (
        "إلى ذلك، أعلنت مصادر إسرائيلية أن قذيفة صاروخية أطلقت من غزة بعد ظهر أمس سقطت على مجلس كيسوفيم "
        "القريب من غزة دون وقوع أضرار أو إصابات. ولم تطلق صافرات الإنذار قبل وقوع القذيفة."
    )
    assert keys(weapons, text) == {"missile"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("وقال مسؤول إن سيارة ملغومة انفجرت أمس في سوق ببغداد وقتلت عشرة أشخاص.", "car_bomb"),
        ("وقال المرصد إن عناصر التنظيم فجروا شاحنتين ملغومتين استهدفتا نقطتي تفتيش.", "car_bomb"),
        ("وقصفت راجمات الصواريخ مواقع الحوثيين في صعدة أمس.", "artillery"),
        ("إن طيران الجيش العراقي نفذ طلعاته الجوية على مواقع عناصر تنظيم داعش", "airstrike"),
        # قيد الإنشاء (under construction) is no قيود (restrictions on a weapon)
        ("ثم قام بتفجير الملعب وهو قيد الإنشاء بعبوات ناسفة شديدة الانفجار", "ied"),
    ],
)
def test_car_bombs_rocket_launchers_and_bombs_in_their_wording(weapons, text, key):
    assert keys(weapons, text) == {key}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a vehicle loaded with explosives is a vehicle bomb, whatever the vehicle
        (
            "وقال مكتب الحاكم إن الهجوم نفذ باستخدام جرار محمل بطنين من المتفجرات على موقع "
            "لقوات الأمن في منطقة دوجو بايزيد.",
            "car_bomb",
        ),
        # the suicide bomber who stormed the post with it, as sets 15 and 31 annotate
        ("وأفادت وكالة الأناضول ان انتحاريًا اقتحم بجرار مفخخ مركزًا للدرك.", {"car_bomb", "suicide_attack"}),
        # opening fire, the subject between the verb and its object
        (
            "أعلن الجيش التركي مقتل ثلاثة جنود أتراك الخميس حين فتح عناصر من حزب العمال "
            "الكردستاني النار على قافلة عسكرية في محافظة شرناق.",
            "small_arms",
        ),
        # aircraft opening fire strike from the air
        (
            "كما فتح الطيران الحربي نيران رشاشاته الثقيلة بعد منتصف ليل أمس الأول على مناطق "
            "بمحيط مطار كويرس العسكري.",
            "airstrike",
        ),
        # an RPG printed in Latin letters, not artillery shells
        (
            "وقال شهود عيان إن عددا من الرجال يرتدون زيا عسكريا هاجموا سيارة الليفتنانت جنرال "
            "بقذائف (RPG) وقنابل يدوية.",
            "rpg",
        ),
    ],
)
def test_vehicle_bombs_opened_fire_and_latin_rpgs(weapons, text, key):
    assert keys(weapons, text) == (key if isinstance(key, set) else {key})


def test_verb_forms_the_analyzer_keeps_apart_are_cues_too(weapons):
    # أمطروها (they showered them) and اشتبكوا (they clashed) keep their own stems.
    text = (
        "حيث هاجمت جبال الطوي وهرمز والحمة وأمطروها بقذائف الهاون والـ آر بي جي ثم اشتبكوا مع "
        "الميليشيات قبل أن يتمكنوا من اقتحامها."
    )
    assert keys(weapons, text) == {"mortar", "rpg"}


@pytest.mark.parametrize(
    "text",
    [
        # a rocket never fired
        (
            "فغزة تعرضت لثلاث حروب إبادة خلال السنوات الست السابقة ولم تطلق إيران أو «حزب الله» "
            "صاروخا واحدا على حيفا وشمال فلسطين المحتلة."
        ),
        # bombs defused and guns destroyed
        "كما تم تفكيك 21 عبوة ناسفة، وتدمير عجلة مسلحة وأخرى تحمل مسلحين، وتدمير خندق.",
        "وألقت القوات القبض على قيادات من جماعات مسلحة وفككت عبوات ناسفة كانت معدة للتفجير على طريق القوات",
        "فضلا عن تدمير عجلات تحمل رشاشات أحاديه ومعبرين وسيطرتين في المنطقتين المذكورتين.",
        "وقامت وحدات المشاة بتدمير وقتل المهاجمين وتم تدمير أسلحة وقذائف كاتيوشا.",
        "وتمكنت المقاومة من تدمير ثلاث دبابات، ومدفع هاون عيار 160، إضافة إلى عربة مصفحة.",
        # car bombs destroyed before they reached their target
        (
            "كما دمرت القوات الأمنية العراقية ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش "
            "وقوات التدخل السريع."
        ),
        # an operation he was chosen for and fled, an attack being prepared
        (
            "قبل أن يتم اختياره لتنفيذ عملية انتحارية ضد قوات النظام السوري في إحدى المناطق "
            "السورية، إلا أنه خاف من هذه المهمة وفر هاربا إلى تركيا."
        ),
        (
            "كما ألقى عناصر الأمن القبض على سيدة كانت ملاحقة للاشتباه باستعدادها لتنفيذ عملية "
            "انتحارية."
        ),
        # a demand that the police not fire; the Ramadan cannon
        (
            "إضافة إلى تفعيل البنود الدستورية المتعلقة بعدم السماح للأجهزة الأمنية بإطلاق الرصاص "
            "الحي على المتظاهرين"
        ),
        "التقط صحفي صورة رجل مسلم أمام مدفع الإفطار فيؤذن المغرب ويطلق الرجل مدفع الإفطار الصغير",
        # leave given to strike
        "وافقت أنقرة الشهر الماضي على السماح لطائرات أمريكية بشن ضربات جوية ضد التنظيم",
        # any strike, whatever comes
        "روسيا: اي غارات أمريكية على نظام الأسد ستضر جهود مكافحة الارهاب",
    ],
)
def test_weapons_denied_defused_destroyed_or_yet_to_be_used_do_not_count(weapons, text):
    assert keys(weapons, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anti-aircraft right after rockets names the rockets' purpose; in a list it is the guns
        ("سقط ضحايا جراء إطلاق الميليشيات الحوثية صواريخ مضادات الطيران", {"missile"}),
        (
            "قصف الحوثيون الأحياء باستخدام قذائف الهاون وصواريخ الكاتيوشا ومضادات الطيران",
            {"mortar", "missile", "artillery"},
        ),
        # a bombardment by mortar shells is the mortars'
        ("وقالت المصادر إن بلدة المخيسة تعرضت أمس لقصف نحو ثلاثين قذيفة هاون", {"mortar"}),
        # mines laid, by a verb or its verbal noun; not a law or a lesson
        ("وكشفت المقاومة عن قيام مليشيا الحوثي بزرع ألغام على جانبي الطريق", {"ied"}),
        ("أكد أن زرع الألغام محرم دوليا", set()),
        ("يدرب خبراء الحرس الثوري الميليشيات على زرع الألغام", set()),
        ("ساركوزي يزرع ألغاما بين تونس والجزائر", set()),
        # protesters met or dispersed with bullets
        ("لكن المليشيات واجهت التظاهرة أمام قسم الشرطة بالرصاص", {"small_arms"}),
        ("فرقت الشرطة المتظاهرين بالرصاص الحي", {"small_arms"}),
        # a bomb set off or a charge that exploded; not a plot, a grenade or a gas can
        ("وأصيب سبعة رجال شرطة بعد أن فجر مسلحون قنبلة في مركز شرطة", {"ied"}),
        ("قتل أربعة عناصر من الشرطة في انفجار عبوة وضعت بجانب طريق", {"ied"}),
        ("وأوضحت الصحيفة أن المتطرفين يهدفون إلى تفجير قنبلة في وسط لندن", set()),
        ("لكنه فجر قنبلة يدوية كان يحملها", set()),
        ("أصيب عامل في انفجار عبوة غاز في مطعم", set()),
        # "over the course of" is no orbit (على مدار الساعة)
        ("مدينتهم التي تشهد على مدار الساعة سقوط قذائف الحوثي بشكل عشوائي", {"artillery"}),
        # the skipped word of a phrase is no new noun joined by و: fertiliser, not a chemical weapon
        ("وتوفيرهم لأنشطة الخلية أسلحة، وأسمدة كيماوية لاستخدامها في صنع المتفجرات", set()),
        # rules of engagement, a suicidal option, car bombs brought in, chemical weapons destroyed
        ("إن أهم قواعد إطلاق النار التي يعتمدها التحالف تجنب وقوع ضحايا", set()),
        ("لرد الدروز عن النظام وإسرائيل والخيار الانتحاري", set()),
        ("توقيفهم بالتورط في إدخال سيارات مفخخة من سوريا إلى لبنان", set()),
        ("كان شريكا في تدمير الأسلحة الكيماوية", set()),
        ("مواد تستخدم في صنع أسلحة كيماوية", set()),
        # the jihadists' word for a suicide attack, when an event is near
        ("نفذ عملية استشهادية في مركز الشرطة أسفرت عن مقتل عشرة", {"suicide_attack"}),
        ("الفكر الذي يمجد العمليات الاستشهادية", set()),
        # lead the metal, fire into the sky, an alias in guillemets; a quoted system is still fired
        ("استخدام البطاريات السائلة (بطاريات الحامض والرصاص)", set()),
        ("تجد كبار السن يتسابقون يطلقون الرصاص في السماء تعبيرا عن فرحتهم", set()),
        ("حوت صفحات الإرهابيين أسماء من شاكلة «حزام ناسف» و«بعت الدنيا»", set()),
        ("استهدف المسلحون الدورية بقذائف «آر بي جي» قرب المعسكر", {"rpg"}),
        # the coalition's strikes
        ("حول مدى فائدة ضربات التحالف بقيادة الولايات المتحدة على معاقل التنظيم", {"airstrike"}),
        # live rounds are no quarter that rockets fell on
        ("وجد نفسه وسط تبادل لإطلاق الرصاص الحي والقذائف الصاروخية قرب قاعدة جوية", {"small_arms", "rpg"}),
        # فتحت is "opened", not ف + تحت
        ("وفي موازاة ذلك فتحت امرأتان صباح الاثنين النار على القنصلية", {"small_arms"}),
    ],
)
def test_weapons_named_by_their_means_purpose_or_target(weapons, text, expected):
    assert keys(weapons, text) == expected


def test_a_lone_drones_strikes_stay_within_its_story(weapons):
    drone = "قتل الوحيشي في غارة شنتها طائرة أميركية من دون طيار في اليمن. "
    assert keys(weapons, drone + "وقالت الوزارة إنه قتل في الغارة.") == {"drone"}
    filler = "وقال المسؤولون إن العمليات مستمرة في المنطقة. " * 30
    assert keys(weapons, drone + filler + "إلا أن قوات الحلف شنت غارات جوية على مواقع المسلحين.") == {
        "drone",
        "airstrike",
    }


def test_words_that_only_look_like_cues_do_not_rule_a_shot_out(weapons):
    # سيريلانكي is no future verb (س + يريلانكي); حاملا (carrying) is not the launcher الحامل.
    assert keys(weapons, "حين أعدم مواطن سيريلانكي بالرصاص بعد إدانته بقتل مواطن") == {"small_arms"}
    text = "خرج إلى الشارع حاملا معه السلاح فأطلق النار على صديقه فقتله. وأطلق النار على ابن عمه."
    assert keys(weapons, text) == {"small_arms"}


@pytest.mark.parametrize(
    "text",
    [
        "وتقول دراسات أخرى إن نسبة 10٪ من العمليات الانتحارية تنفذها النساء.",
        "وقال إن السوداني كان المسؤول عن العمليات الانتحارية للقاعدة.",
        "نفذت الطائرات طلعات جوية تدريبية فوق الصحراء.",
    ],
)
def test_topics_and_drills_are_no_attack(weapons, text):
    assert keys(weapons, text) == set()


def test_the_longest_phrase_names_the_weapon(weapons):
    assert keys(weapons, REAL_USE["mortar"]) == {"mortar"}  # قذائف الهاون: no artillery shells
    text = (
        "قتل 4 حوثيين وأصيب اثنين آخرين بحسب سكاي نيوز بعد هجوم للمقاومة بقذيفة صاروخية على "
        "نقطة تابعة للحوثيين."
    )
    assert keys(weapons, text) == {"rpg"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Corpus sentences: a kind conjoined to a two-word phrase with its head word left out.
        (
            "أمطرت الفصائل المقاتلة المعارضة للنظام السوري اربع بلدات شيعية محاصرة في شمال سوريا "
            "بالقذائف الصاروخية والمدفعية، ردا بحسب قولها، على تعرض بلدة الزبداني لهجوم.",
            {"missile", "artillery"},
        ),
        (
            "إن القوات العراقية علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي على احياء الفلوجة والرمادي.",
            {"airstrike", "artillery"},
        ),
        ("واستمر القصف المدفعي والجوي على الأحياء الشرقية من المدينة.", {"artillery", "airstrike"}),
        ("واستهدف الحوثيون الأحياء السكنية بقذائف الهاون والدبابات.", {"mortar", "artillery"}),
        ("واستهدف الحوثيون الأحياء السكنية بقذائف الهاون والمدفعية.", {"mortar", "artillery"}),
    ],
)
def test_kinds_joined_by_and_are_each_a_weapon(weapons, text, expected):
    # The optional word of «قذائف * مدفعية» skips no word that names a weapon of its own.
    assert keys(weapons, text) == expected


def test_a_list_seized_or_foiled_shares_its_cue_however_long(weapons):
    seized = "وأضافت انه تم ضبط عجلتين مفخختين وحزاما ناسفا معدا للتفجير في الأسواق."
    assert not keys(weapons, seized) & {"car_bomb", "suicide_attack"}
    foiled = "وأحبطت الشرطة هجوما بسيارة مفخخة وعبوات ناسفة كانت معدة لاستهداف المصلين."
    assert keys(weapons, foiled) == set()
    used = "وانفجرت سيارة مفخخة وعبوة ناسفة في السوق مما أدى إلى مقتل خمسة أشخاص."
    assert keys(weapons, used) == {"car_bomb", "ied"}


def test_explain_says_why_a_word_was_kept_or_dropped(weapons):
    text = "جدد المبعوث دعوته لوقف إطلاق النار. وقتل شاب فلسطيني برصاص الجيش الإسرائيلي قرب رام الله."
    decisions = weapons.explain(text)
    assert [(d.span.text, d.key) for d in decisions] == [("إطلاق النار", ""), ("برصاص", "small_arms")]
    assert "لوقف" in decisions[0].why


# -- resolving what a user types -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("drone", "drone"),
        ("drones", "drone"),
        ("Car bombs", "car_bomb"),
        ("small arms", "small_arms"),
        ("طائرات مسيرة", "drone"),
        ("مسيرة", "drone"),
        ("مسيّرات", "drone"),
        ("بالصواريخ", "missile"),
        ("صاروخ", "missile"),
        ("هاون", "mortar"),
        ("غارات", "airstrike"),
        ("عبوة ناسفة", "ied"),
        ("هجمات انتحارية", "suicide_attack"),
        ("الألغام", "ied"),
    ],
)
def test_resolve_maps_keys_labels_and_trigger_words_to_keys(weapons, value, key):
    assert weapons.resolve(value) == key


@pytest.mark.parametrize("value", ["", "قصف", "بغداد", "tanks"])
def test_resolve_returns_none_for_words_without_one_key(weapons, value):
    assert weapons.resolve(value) is None


def test_every_wording_shown_to_users_resolves_to_its_own_key(weapons):
    for kind in weapons.kinds():
        for wording in kind.triggers:
            assert weapons.resolve(wording) == kind.key, wording


def test_kinds_list_the_taxonomy_in_display_order(weapons):
    kinds = weapons.kinds()
    assert [k.key for k in kinds][:3] == ["missile", "drone", "airstrike"]
    assert len(kinds) == 12
    assert {k.key: k.label for k in kinds}["ied"] == "عبوات ناسفة وألغام"
    assert all(k.triggers for k in kinds)


# -- the data file -------------------------------------------------------------------------------


def test_a_data_file_naming_an_unknown_cue_list_or_block_set_is_refused(tmp_path):
    source = (Path(__file__).resolve().parent.parent / "indexer" / "data" / "weapons.toml").read_text(
        encoding="utf-8"
    )
    broken = tmp_path / "weapons.toml"
    broken.write_text(source.replace('"@missile_word"', '"@no_such_list"', 1), encoding="utf-8")
    with pytest.raises(ValueError, match="no_such_list"):
        WeaponExtractor(default_analyzer(), broken)
    broken.write_text(source.replace('block = ["@usual"]', 'block = ["@no_such_set"]', 1), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown block set @no_such_set"):
        WeaponExtractor(default_analyzer(), broken)


def test_each_conjunct_of_a_list_shares_the_preposition_it_opens_with(weapons):
    # The ب of قنابل is the live rounds' too; an assault made with them is their use.
    text = "والاعتداء على المصلين المتواجدين فيه بقنابل الصوت والأعيرة المطاطية والرصاص الحي."
    assert keys(weapons, text) == {"small_arms"}
    # Another preposition starts another phrase, and a compound one heads no instruments.
    assert keys(weapons, "وأعلن عن الاعتداء على المصلين، لمعرض الذخائر والرصاص الحي.") == set()
    assert keys(weapons, "وأعلن عن الاعتداء على المصلين، بسبب نقص الذخائر والرصاص الحي.") == set()


def test_what_a_patrol_was_exposed_to_was_used_on_it(weapons):
    text = (
        "تعرضت دورية مساندة من قوة المجاهدين بقطاع الطوال بمنطقة جازان لمقذوف عسكري من داخل "
        "الأراضي اليمنية مما نتج عنه استشهاد أحد أفرادها."
    )
    assert keys(weapons, text) == {"artillery"}


def test_a_bomb_being_planted_an_explosive_vest_and_a_quoted_alias(weapons):
    assert keys(weapons, "وأعلنت الوزارة أن شخصا قتل بينما كان يحاول زرع قنبلة في العكر الشرقي.") == {"ied"}
    assert keys(weapons, "وقتل ثلاثة مهاجمين كان أحدهم يرتدي سترة ناسفة.") == {"suicide_attack"}
    # A weapon phrase in quotes is a name; unquoted further on it is that name again.
    text = (
        'أحد مقدمي الدروس أسمى نفسه بـ"حزام ناسف"، وهو بلا شك له من اسمه نصيب. '
        "ابن القاعدة وشقيقه في الجرم حزام ناسف، لهما كثير من الأشقاء."
    )
    assert keys(weapons, text) == set()

def test_a_thing_used_as_a_weapon_and_the_bullet_of_mercy_are_figures(weapons):
    assert keys(weapons, "بدأ الآشوريون والحثيون يستخدمون الملح كسلاح كيميائي لأول مرة.") == set()
    assert keys(weapons, "قامت الحرب العالمية الثانية لتطلق رصاصة الرحمة على عصبة الأمم.") == set()
    # ك as "such as" before a weapon that was used is no likeness.
    text = "اتبع النظام السياسة ذاتها مع بلدات ريف دمشق مثل دوما كبراميل متفجرة وقصف مدفعي كثيف."
    assert keys(weapons, text) == {"airstrike", "artillery"}

def test_a_warplane_that_dropped_a_bomb_struck_and_one_that_fell_did_not(weapons):
    text = "وقال شاهدان إن الطائرة الحربية كانت قد أسقطت قنبلة في قلب الشارع التجاري للمدينة."
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "ضحايا طائرة عسكرية سقطت أمس الجمعة في إنجلترا.") == set()
    assert keys(weapons, "أصيب ثلاثة جنود وتم نقلهم بمروحية لتلقي العلاج.") == set()

def test_helicopters_that_drop_bombs_or_strike_and_one_that_carries_the_wounded(weapons):
    assert keys(weapons, "كشف من يملك طائرات الهليكوبتر التي تلقي بقنابل البراميل.") == {"airstrike"}
    text = "ونقل شهود عيان سقوط قنابل غاز الكلور من طائرات هليكوبتر تملكها الحكومة."
    assert keys(weapons, text) == {"airstrike", "chemical"}
    text = "نقل الرقيب المصاب إلى المستشفى العسكري على متن طائرة هليكوبتر عقب الهجوم الذي استهدف القسم."
    assert keys(weapons, text) == set()


def test_a_vehicle_its_occupant_blew_up_and_cars_that_were_blown_up(weapons):
    text = (
        "وأثناء قيام رجال الأمن بتوجيه قائد إحدى السيارات التي تم الاشتباه بها للتوقف، بادر من فيها "
        "بتفجيرها مما نتج عنه مقتله."
    )
    assert keys(weapons, text) == {"car_bomb"}
    assert keys(weapons, "ظهر شعار قريب من إحدى السيارات التي تم تفجيرها.") == set()
    assert keys(weapons, "وضعوهم في سيارة وتفجيرها عن بعد باستخدام قذيفة صاروخية.") == {"rpg"}

def test_the_ruin_an_atomic_bomb_left_and_bullets_that_pierced_someone(weapons):
    text = "زار الكشافة متحف هيروشيما للاطلاع على موقع الدمار الذي خلفته القنبلة الذرية في المدينة."
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "أنقذت الجراحة حياته بعد اختراق رصاصتين لرأسه.") == {"small_arms"}
    assert keys(weapons, "ناقش المؤتمر خطر امتلاك القنبلة الذرية.") == set()

def test_water_sprayers_are_no_machine_guns(weapons):
    assert keys(weapons, "ويتم إنزال الثريات لتنظيفها باستخدام رشاشات ماء ثم يعاد سحبها.") == set()

def test_a_quoted_title_of_a_work_and_training_in_firing_are_no_use(weapons):
    text = "ومن أشهر أعماله كسيناريست أفلام «غروب وشروق»، و«على من نطلق الرصاص»، و«الهارب»."
    assert keys(weapons, text) == set()
    assert keys(weapons, "ظهر في ثاني أفلامه «رصاصة في القلب» مع عبد الوهاب.") == set()
    # The same words quoted from a witness are the event.
    assert keys(weapons, "وقال أحد الشهود: «أطلقوا النار على السيارة من الخلف»") == {"small_arms"}
    text = "تسبب نقص الذخيرة في إلغاء العديد من حصص التدريب الإجبارية على إطلاق النيران."
    assert keys(weapons, text) == set()
    assert keys(weapons, "وخلال التدريب أطلق جندي النار على زملائه فقتل اثنين منهم.") == {"small_arms"}


def test_a_school_of_the_arm_a_scene_to_imagine_and_celebratory_fire_are_no_use(weapons):
    text = "واتهم الإخوان بقتل مجموعة من طلاب مدرسة المدفعية في حزيران 1979 في مدينة حلب."
    assert keys(weapons, text) == set()
    text = "وأضافت: «تخيلوا جنديا يحمل بندقية في مواجهة فتى يحمل حجرا صغيرا»."
    assert keys(weapons, text) == set()
    text = "وجه المحافظ الشرطة بمراقبة قصور الأفراح وما يحدث بها من مخالفات لإطلاق النار."
    assert keys(weapons, text) == set()
    # A shoot-out at a wedding party is reported fire.
    text = "قتل 20 شخصا في تبادل لإطلاق النار خلال حفل زفاف في شمال أفغانستان."
    assert keys(weapons, text) == {"small_arms"}


def test_barrels_rained_on_people_and_death_by_bullets_are_use(weapons):
    assert keys(weapons, "حصل بشار على براميل أمطرها على العزل والأبرياء.") == {"airstrike"}
    assert keys(weapons, "ارتفع سعر براميل النفط.") == set()
    assert keys(weapons, "وللشاب الذي قضى برصاص الإسرائيليين في رام الله.") == {"small_arms"}

def test_no_ambiguous_dev_set_article_gets_a_weapon(weapons):
    records = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line]
    ambiguous = [r for r in records if r["stratum"] == "ambiguous"]
    found = {r["title"]: keys(weapons, r["text"]) for r in ambiguous}
    assert {title: k for title, k in found.items() if k} == {}


@pytest.mark.corpus
def test_every_span_of_a_corpus_day_points_into_its_article(weapons, corpus_dir):
    from scripts.corpus import iter_articles

    articles = [a["content"] for _, a in zip(range(1500), iter_articles(corpus_dir))]
    seen = set()
    for text in articles:
        for mention in weapons.find(text, weapons.analyzer.words(text)):
            seen.add(mention.key)
            assert all(text[s.start : s.end] == s.text for s in mention.spans)
    assert {"airstrike", "small_arms", "missile"} <= seen <= set(TAXONOMY)


def test_a_nuclear_bomb_that_destroys_a_city_was_dropped(weapons):
    text = "1945- الحرب العالمية الثانية: قنبلة نووية تدمر مدينة هيروشيما في اليابان."
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "يمكن لقنبلة نووية أن تدمر مدينة كاملة.") == set()


def test_rubber_bullets_are_small_arms(weapons):
    text = "أصيب صباح أمس العشرات من المصلين بالأعيرة المطاطية وبحالات اختناق."
    assert keys(weapons, text) == {"small_arms"}
    assert keys(weapons, "وهاجمت المرابطين بالقنابل الصوتية والأعيرة المطاطية.") == {"small_arms"}


def test_a_pencil_and_protection_from_bullets_are_no_gun(weapons):
    assert keys(weapons, "ويمكنك استخدام قلم رصاص في الكتابة على الشاشة كما تكتب بسلاح.") == set()
    text = "وهي مادة تستخدم أيضا في السترات الواقية من الرصاص التي يرتديها أفراد القوات الخاصة."
    assert keys(weapons, text) == set()
    assert keys(weapons, "زودت السيارة بزجاج مضاد للرصاص يحمي الركاب من الهجمات.") == set()


def test_a_thing_deemed_a_mine_garden_sprinklers_and_rounds_in_a_wound(weapons):
    text = "قال المسؤول: «هذه الشركة تعد لغمًا أرضيًا للشركات الأجنبية»."
    assert keys(weapons, text) == set()
    assert keys(weapons, "انفجر لغم أرضي بدورية للجيش.") == {"ied"}
    text = "بالإضافة إلى تعرض الرشاشات الخاصة بها للتلف وخصوصاً المسطحات الخضراء."
    assert keys(weapons, text) == set()
    text = "لقي مواطن مصرعه إثر إصابته بطلقة تحذيرية من رجال أمن الطرق."
    assert keys(weapons, text) == {"small_arms"}
    assert keys(weapons, "ضبط 300 طلقة وسلاحين.") == set()


def test_killing_oneself_and_others_is_a_suicide_attack(weapons):
    text = "فاعلها متوعد بالنار، فهو قد قتل نفسه، وقتل متعمداً عدداً من المصلين."
    assert keys(weapons, text) == {"suicide_attack"}
    text = "قتل مسلح شخصين وجرح 9 في حادث مماثل، ثم قتل نفسه داخل دار السينما."
    assert "suicide_attack" not in keys(weapons, text)


def test_ground_booby_trapped_with_mines(weapons):
    text = "وأرجع أسباب تأخر تطهير هذه المزارع إلى تشريكها بالألغام والمتفجرات."
    assert keys(weapons, text) == {"ied"}


def test_shooting_games_are_no_shooting(weapons):
    text = "تقديم إصدارات أكثر واقعية ومغامرة من ألعاب إطلاق النار والرياضات."
    assert keys(weapons, text) == set()


def test_what_could_be_heard_or_seen_happened(weapons):
    heard = "وكان يمكن سماع أصوات إطلاق النار في الوقت الذي طوقت فيه قوات الأمن مركز الشرطة."
    seen = "وعلى مسافة قصيرة من النقطة العسكرية، يمكن رؤية بقايا سيارة مفخخة انفجرت في المكان."
    assert keys(weapons, heard) == {"small_arms"}
    assert keys(weapons, seen) == {"car_bomb"}
    assert keys(weapons, "يمكن إطلاق النار على المتظاهرين إذا اقتحموا المبنى.") == set()


def test_the_bomb_or_attack_named_by_its_city_is_the_atomic_bombing(weapons):
    assert keys(weapons, "ولم يلقوا قنبلة هيروشيما وناجازاكي") == {"airstrike"}
    assert keys(weapons, "بأن هجومي هيروشيما وناجازاكي هما اللذين أنهيا الحرب") == {"airstrike"}
    assert keys(weapons, "بعد أربع سنوات من قنبلتي هيروشيما ونجازاكي") == {"airstrike"}
    assert keys(weapons, "منذ إسقاط أول قنبلة ذرية على مدينة هيروشيما") == {"airstrike"}
    assert keys(weapons, "زار الوفد مدينة هيروشيما اليابانية") == set()


def test_opening_fire_after_refusing_to_hand_over_arms(weapons):
    text = "ورفض المقاتلون تسليم اسلحتهم وفتحوا النار على قوات الامن"
    assert keys(weapons, text) == {"small_arms"}
    assert keys(weapons, "خلال مناورات فتح الجنود النار على أهداف وهمية") == set()


def test_air_cover_for_guarding_an_occasion_is_no_strike(weapons):
    text = (
        "للعمل جنبا إلى جنب مع رجال القوات المسلحة على تأمين منصة الاحتفال، وذلك تحت غطاء جوي من مروحيات "
        "الجيش التي ستشارك في عملية التأمين."
    )
    assert keys(weapons, text) == set()
    text = "بات الغطاء الجوي لطيران التحالف يشكل التمهيد الفعلي لتحرير الأراضي وتأمين مدينة عدن"
    assert keys(weapons, text) == {"airstrike"}


def test_an_inquiry_to_come_into_attacks_that_took_place(weapons):
    text = (
        "أصدر مجلس الأمن قرارا بتشكيل لجنة خبراء سيكلفون بتحديد هوية المسؤولين عن هجمات كيميائية "
        "بغاز الكلور وقعت أخيرا في سوريا"
    )
    assert keys(weapons, text) == {"chemical"}
    assert keys(weapons, "ستشن الطائرات هجمات كيميائية إذا لزم الأمر") == set()


def test_the_regimes_barrels_are_barrel_bombs(weapons):
    assert keys(weapons, "ملاذ آمن للهاربين السوريين من براميل النظام") == {"airstrike"}


def test_air_cover_worded_as_a_covering_not_a_newsrooms(weapons):
    text = "لم يبق من المقاتلين إلا 7 احتموا في أحد مواقع الأكراد الموجودة في عفرين بتغطية جوية من الأميركيين."
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "طالبت المعارضة بتوفير تغطية جوية لقواتها") == set()
    text = "كما اشتملت التغطيات على تغطية مصنع زمزم وتغطية جوية للحرم المكي وتواصلت التغطيات بنقل ختم القرآن"
    assert keys(weapons, text) == set()


def test_a_weapon_listed_right_after_one_used_is_used_with_it(weapons):
    text = "في أكبر الهجمات منذ بداية الحرب، إذ أطلقت موسكو يوم الجمعة 122 صاروخا و36 طائرة دون طيار على مدن"
    assert keys(weapons, text) == {"missile", "drone"}
    text = (
        "أعلن التحالف أن الدفاعات الجوية اعترضت ودمرت، أمس الأحد الموافق 17 شعبان 1443هـ، صاروخا باليستيا "
        "و9 طائرات مسيرة أطلقتها الميليشيا باتجاه المملكة"
    )
    assert keys(weapons, text) == {"missile", "drone"}
    # Not after a weapon that was not used: a parade's missiles and drones.
    text = "وكانت الميليشيا قد استعرضت صواريخ باليستية وطائرات مسيرة جديدة في عرض عسكري"
    assert keys(weapons, text) == set()


def test_armed_boats_that_seize_a_ship(weapons):
    text = (
        "وأظهرت لقطات زوارق سريعة تابعة للبحرية في الحرس الثوري تحيط بالناقلة، فيما هبط عناصر ملثمون "
        "على سطحها من مروحية، قبل أن تقتاد إلى ميناء بندر عباس"
    )
    assert keys(weapons, text) == {"naval"}
    assert keys(weapons, "خرجت زوارق الصيادين إلى البحر وأحاطت بالسفينة لإنقاذ ركابها") == set()


def test_a_drone_that_opens_fire(weapons):
    text = "شنت الطائرات الحربية غارات على المخيم، بينما أطلقت الطائرات المسيرة النار على كل من حاول الفرار"
    assert "drone" in keys(weapons, text)


def test_a_place_in_sin_is_no_future_verb(weapons):
    # سنجار is س + نجار to the analyzer, but a word of its own far more often than نجار.
    text = "أفاد مصدر أمني في قضاء سنجار بأن طائرة مسيرة تركية استهدفت سيارة تقل قياديا"
    assert keys(weapons, text) == {"drone"}
    assert keys(weapons, "ستقصف الطائرات كل من يقترب من الحدود") == set()


def test_a_runway_is_no_football_stand(weapons):
    text = "أطلق المهاجمون قذائف هاون على مدرج المطار، ثم فتحوا النار بالأسلحة الرشاشة على الحراس"
    assert keys(weapons, text) == {"mortar", "small_arms"}


def test_missiles_after_the_boats_of_a_list_are_missiles(weapons):
    text = "وقال المتحدث إن القوات البحرية استهدفت السفينة بعدد من الزوارق المسيرة والصواريخ"
    assert {"naval", "missile"} <= keys(weapons, text)
    assert "missile" not in keys(weapons, "هاجمت زوارق صواريخ السفن في الميناء")


def test_a_launcher_damaged_was_the_target(weapons):
    text = "وأفاد المراسل بأن تسع غارات طالت القاعدة، وأدت إلى أضرار في منظومة دفاع جوي وراجمة صواريخ ورادار"
    assert keys(weapons, text) == {"airstrike"}
    text = "لحقت أضرار بالمنازل جراء قذائف المدفعية التي أطلقها الجيش"
    assert keys(weapons, text) == {"artillery"}


def test_rounds_fired_from_the_shoulder(weapons):
    text = "حاصرت القوات منزلا وأطلقت عليه قذائف من صواريخ محمولة على الكتف قبل أن تفجره"
    assert keys(weapons, text) == {"rpg"}


def test_the_rockets_a_drone_fires_are_the_drones(weapons):
    text = "أفادت مصادر محلية بأن مسيرة للاحتلال أطلقت صاروخا صوب مجموعة من المواطنين"
    assert keys(weapons, text) == {"drone"}


def test_quadcopters_that_open_fire(weapons):
    text = "وسط قصف مدفعي متواصل، وإطلاق نار من طائرات كواد كابتر على المواطنين"
    assert "drone" in keys(weapons, text)


def test_a_square_named_after_aviation(weapons):
    text = "قتل 32 شخصا في هجوم انتحاري مزدوج استهدف سوقا شعبية في ساحة الطيران ببغداد"
    assert keys(weapons, text) == {"suicide_attack"}
    text = "وبالتنسيق مع مدفعية الميدان وطيران الجيش دمرت القوات مواقع للتنظيم"
    assert "airstrike" in keys(weapons, text)


def test_a_weapon_listed_after_a_model_name(weapons):
    text = (
        "قالت القوات الجوية إن الدفاعات الجوية اعترضت الليلة الماضية صاروخين من طراز كينجال الفرط "
        "صوتية و12 طائرة مسيرة من طراز شاهد"
    )
    assert keys(weapons, text) == {"missile", "drone"}


def test_farm_drones_and_space_rockets(weapons):
    text = "أعلنت الوزارة تنفيذ أعمال رش المبيدات بالطائرات المسيرة في مزارع النخيل"
    assert keys(weapons, text) == set()
    text = "انطلق رائدا الفضاء على متن صاروخ فالكون 9 التابع لشركة سبيس إكس"
    assert keys(weapons, text) == set()
    # فالكون is no ف + ال + كون: "being" rules out nothing.
    text = "تعرض المنزل لطلقات نارية، كون المنزل قريبا من قاعة أفراح، وقتل مسلحون حارسا بالرصاص"
    assert "small_arms" in keys(weapons, text)


def test_a_cache_that_holds_weapons_and_light_arms_in_a_clash(weapons):
    text = "وأضاف المصدر أن القوة عثرت في المكان على كدس للعتاد يضم صواريخ كاتيوشا وقذائف هاون وعبوات ناسفة"
    assert keys(weapons, text) == set()
    text = "وقال إن قوة من الجيش اشتبكت مساء أمس بالأسلحة الخفيفة مع مجموعة من عناصر التنظيم"
    assert keys(weapons, text) == {"small_arms"}


def test_warships_that_open_fire(weapons):
    text = "فيما أطلقت الزوارق الحربية الإسرائيلية نيرانها باتجاه شاطئ مدينة غزة"
    assert keys(weapons, text) == {"naval"}
    # A flight is no fire: the pistol a hobby drone carried fired, not aircraft.
    text = "صنع طائرة رباعية المراوح تطير على ارتفاع قريب وخلال طيرانها أطلق المسدس النار"
    assert "airstrike" not in keys(weapons, text)


def test_lead_in_petrol_sea_drones_and_a_salute(weapons):
    text = "أعلن برنامج الأمم المتحدة للبيئة أن البنزين المحتوي على الرصاص لم يعد يستخدم في أي مكان"
    assert keys(weapons, text) == set()
    text = "أحبطت سفن الأسطول هجوما شنته القوات الأوكرانية بزورقين مسيّرين على القاعدة البحرية"
    assert "drone" not in keys(weapons, text)
    text = "عبرت السفن الحربية البوسفور فيما أطلقت قطع بحرية 21 طلقة مدفعية تحية للمناسبة"
    assert keys(weapons, text) == set()


def test_lead_the_metal_once_is_the_metal_throughout_the_report(weapons):
    text = (
        "وتبين أن 41 بالمئة منهم لديهم نسب من الرصاص في الدم تتجاوز الحد المرجعي. وأوضح أن التعرض المزمن "
        "للرصاص يؤثر في النمو العقلي للأطفال، مشيرا إلى أن المعامل تستخدم طرقا بدائية لصهر ألواح الرصاص "
        "المستخرجة من البطاريات التالفة"
    )
    assert keys(weapons, text) == set()


def test_a_strike_told_far_from_a_lone_drone_is_a_new_one(weapons):
    # Near the drone, or definite, a strike is the drone's again; indefinite and far, a new one.
    text = (
        "تعرضت ساحة الخزانات لهجوم بطائرة من دون طيار قادمة من جهة البحر، وأكد مصدر مسؤول في الوزارة أن "
        "الهجوم لم يسفر عن إصابات أو خسائر في الأرواح أو الممتلكات. وقال المتحدث باسم التحالف إن قوات "
        "التحالف بدأت عملية عسكرية بضربات جوية ضد أهداف عسكرية مشروعة في صنعاء"
    )
    assert keys(weapons, text) == {"drone", "airstrike"}
    text = "استشهد ثلاثة مواطنين في قصف نفذته طائرة مسيرة إسرائيلية استهدف مجموعة من الشبان"
    assert keys(weapons, text) == {"drone"}
    text = "قتل ثلاثة جنود بهجوم بطائرة مسيّرة، وتدرس الإدارة خيارات للرد قد تشمل ضربات جوية على مواقع"
    assert keys(weapons, text) == {"drone"}


def test_a_number_glued_to_its_preposition_and_a_block_in_the_next_clause(weapons):
    text = "ردت الولايات المتحدة بضرب مطار الشعيرات العسكري في ريف حمص بـ٥٩ صاروخ «توماهوك»"
    assert keys(weapons, text) == {"missile"}
    # What the next clause denies or seizes (فيما تنفي دمشق امتلاك أي أسلحة) is no block.
    text = (
        "ردت الولايات المتحدة بضرب مطار الشعيرات بـ59 صاروخا، فيما تنفي دمشق امتلاك أي أسلحة كيميائية"
    )
    assert keys(weapons, text) == {"missile"}
    text = "ضبطت القوات 59 صاروخا في مستودع، فيما اعتقلت ثلاثة مشتبهين"
    assert keys(weapons, text) == set()


def test_bombers_and_strikes_a_sentence_after_a_drone(weapons):
    text = (
        "قتل قيادي بضربة نفذتها طائرة مسيرة أمريكية. وتأتي الضربة بعد أيام من غارات جوية شنتها قاذفات "
        "أمريكية على أكثر من 85 هدفا"
    )
    assert keys(weapons, text) == {"drone", "airstrike"}
    text = "ألقت قاذفات بي-2 الشبحية قنابل خارقة للتحصينات على فوردو"
    assert keys(weapons, text) == {"airstrike"}
    text = "أطلق المسلحون قذائف من قاذفات آر بي جي على الدورية"
    assert "airstrike" not in keys(weapons, text)
    text = (
        "أعلن التحالف اعتراض طائرة مسيرة أطلقتها الميليشيا باتجاه خميس مشيط. ولاحقا، نفذ التحالف ضربات "
        "جوية استهدفت مواقع عسكرية للحوثيين"
    )
    assert keys(weapons, text) == {"drone", "airstrike"}


def test_truce_terms_and_options_open_to_a_reply(weapons):
    text = (
        "وتضمنت الهدنة وقف إطلاق النار بما في ذلك الغارات الجوية والهجمات بالصواريخ والطائرات المسيرة "
        "عبر الحدود"
    )
    assert keys(weapons, text) == set()
    text = "وافقت موسكو على وقف استهداف منشآت الطاقة بالصواريخ والمسيّرات لمدة 30 يوما"
    assert keys(weapons, text) == set()
    text = (
        'وأكدت القوات أن "كل الخيارات مفتوحة" للرد على العدوان، بما في ذلك استهداف السفن والموانئ التابعة '
        "للعدو بالصواريخ والطائرات المسيرة"
    )
    assert keys(weapons, text) == set()


def test_limpet_mines_a_chlorine_tanker_and_a_drone_attack_during_filming(weapons):
    text = "وأوضح العرض أن المهاجمين استخدموا ألغاماً لاصقة ثبتها غواصون على هياكل السفن"
    assert keys(weapons, text) == {"naval"}
    text = "ووقعت الحادثة عندما سقط صهريج محمل بنحو 25 طنا من غاز الكلور المسال أثناء رفعه"
    assert keys(weapons, text) == set()
    text = "قتل ثلاثة من طاقم التلفزيون في هجوم بطائرة مسيَّرة استهدف القصر أثناء تصوير تقرير"
    assert keys(weapons, text) == {"drone"}


def test_a_list_whose_item_has_a_modifier_joined_by_and(weapons):
    text = 'وقال إن العملية نُفذت "بزورقين مسيّرين وخمسة صواريخ باليستية ومجنحة وثلاث طائرات مسيّرة"'
    assert keys(weapons, text) == {"naval", "missile", "drone"}
    text = "جرت محاولة الاغتيال بواسطة طائرة مسيرة مفخخة حاولت استهداف مقر إقامته"
    assert keys(weapons, text) == {"drone"}


def test_weapons_destroyed_or_burned_as_a_disposal_are_not_used(weapons):
    text = (
        "وظهر المقاتلون وهم يضعون بنادق كلاشنكوف ورشاشات وقاذفات آر بي جي في موقد كبير قبل إضرام النار فيها"
    )
    assert keys(weapons, text) == set()
    text = "أعلنت الشرطة إتلاف كميات من قذائف الهاون والعبوات الناسفة المضبوطة"
    assert keys(weapons, text) == set()
    # The same weapon used is still found.
    assert keys(weapons, "هاجم المسلحون الدورية بقذائف آر بي جي") == {"rpg"}


def test_a_figure_of_speech_anywhere_in_the_article_tells_the_sense_of_a_bare_bombardment(weapons):
    # The first قصف has no military cue, the second one (مركز) has: politics' word rules both out.
    text = (
        'صادق البرلمان على التحوير وسط "قصف" سياسي متبادل بين الكتل ورئاسة الجمهورية. وكان الرئيس قد '
        'شن خلال اجتماع لمجلس الأمن القومي ما وصفه متابعون بـ"قصف مركز" على التحوير'
    )
    assert keys(weapons, text) == set()
    # A football report's bombardment of a goal (قصفا على مرمى) makes its "قصف جبهة" a put-down.
    text = (
        "وشهد الشوط الأول قصفا متواصلا على مرمى الشرطة. وقال المدرب إن من يخسر يبحث عن شماعة، في ما "
        'وصفه معلقون بأنه "قصف جبهة" عنيف'
    )
    assert keys(weapons, text) == set()


def test_rocket_shells_fired_from_a_countryside_onto_districts_are_rockets(weapons):
    text = (
        "استشهد ستة مدنيين جراء قذائف صاروخية أطلقها الإرهابيون من ريف حلب الجنوبي الغربي على حيي "
        "الخالدية والموكامبو في المدينة"
    )
    assert keys(weapons, text) == {"missile"}


def test_a_cache_that_held_weapons_names_no_use(weapons):
    text = "أعلنت القيادة ضبط كدس للأسلحة في قضاء القرنة، ضم قذائف هاون وصواريخ كاتيوشا وعبوات ناسفة"
    assert keys(weapons, text) == set()


def test_what_follows_the_fire_and_its_target_preposition_is_the_target(weapons):
    # رمايات (fire missions) are no shooting sport, and the launch pads after على were the target.
    text = "نفذت وحدات من الجيش رمايات مدفعية مركزة على مواقع ومنصات الإرهابيين في محيط البلدة"
    assert keys(weapons, text) == {"artillery"}
    # Further off, على is another verb's (إصرار إيران على امتلاك): the possession still blocks.
    text = "ودعوة إسرائيل لقصفها، بسبب إصرار إيران على امتلاك التقنية النووية المتقدمة"
    assert keys(weapons, text) == set()


def test_a_drone_that_hit_dropped_or_was_a_suicide_drone_was_used(weapons):
    text = "استهداف حقل كورمور للغاز في قضاء جمجمال التابع لمحافظة السليمانية بطائرة مسيَّرة انتحارية"
    assert keys(weapons, text) == {"drone"}
    assert keys(weapons, "قالت المصادر إن طائرة مسيرة أصابت مستودعاً قرب وحدة المعالجة") == {"drone"}
    text = "اقتحم المسلحون الموقع مستعينين بطائرات مسيّرة صغيرة ألقت متفجرات على مخازن الذخيرة"
    assert keys(weapons, text) == {"drone"}
    # Made or sold, a suicide drone is no use.
    assert keys(weapons, "أعلنت الشركة تصنيع طائرات مسيرة انتحارية جديدة") == set()


def test_an_aircraft_attacked_and_projectiles_a_blast_threw_about_are_no_strike(weapons):
    text = 'وقال الحاكم إن المروحية "تعرضت للهجوم أثناء هبوطها"'
    assert "airstrike" not in keys(weapons, text)
    text = "انفجر مستودع للعتاد في القاعدة، وتطايرت خلاله مقذوفات على الأحياء المجاورة"
    assert keys(weapons, text) == set()
    text = "سقطت قذيفة على المنزل وتطايرت شظايا القذيفة في الشارع"
    assert keys(weapons, text) == {"artillery"}


def test_sudans_rapid_support_forces_are_a_ground_force(weapons):
    text = "تعرضت مدينة الهلالية أمس السبت لقصف من جانب الدعم السريع أدى لمقتل 7 أشخاص"
    assert keys(weapons, text) == {"artillery"}
    # Their drones, named, are theirs.
    assert keys(weapons, "قصفت قوات الدعم السريع مدينة الأبيض بالمسيرات") == {"drone"}


def test_drones_that_tried_to_target_and_bombs_a_warplane_dropped(weapons):
    text = "تصدت المضادات الأرضية لعدد من المسيرات حاولت استهداف مواقع عسكرية"
    assert keys(weapons, text) == {"artillery", "drone"}
    text = "أصيب ثلاثة أشخاص جراء قنابل جوية موجهة ألقتها مقاتلات روسية"
    assert keys(weapons, text) == {"airstrike"}
    # A march that calls for targeting corruption is still a march.
    assert keys(weapons, "خرجت مسيرة حاشدة تطالب باستهداف الفساد") == set()


def test_parliaments_bombardments_and_rocket_shells_from_lebanon(weapons):
    text = (
        'حتى بدأ "القصف" النيابي على الحكومة. وقال مصدر حكومي إن "الحكومة تتعرض لقصف عشوائي قبل ان '
        'تبدأ عملها"'
    )
    assert keys(weapons, text) == set()
    text = 'تحولت جلسة الأسئلة بمجلس النواب إلى حلبة "قصف" متبادل بين فرق الأغلبية والمعارضة'
    assert keys(weapons, text) == set()
    assert keys(weapons, "أطلقت قذيفة صاروخية من الأراضي اللبنانية باتجاه الجليل") == {"missile"}
    assert keys(weapons, "أطلق المسلحون قذيفة صاروخية على الدورية") == {"rpg"}


def test_a_team_that_bombards_the_net_and_boats_that_close_on_a_ship(weapons):
    assert keys(weapons, "قصف فريق القوة الجوية شباك ضيفه نفط ميسان بأربعة اهداف") == set()
    assert keys(weapons, "أطلق القناص النار من شباك المنزل على المارة") == {"small_arms"}
    text = "وأضافت الهيئة أن زورقين صغيرين على متنهما مسلحون اقتربا من سفينة شحن ثانية في المنطقة"
    assert keys(weapons, text) == {"naval"}


def test_a_drone_that_only_flies_over_and_a_set_piece(weapons):
    # Flying over is no use (the guidelines: reconnaissance, hobby drones); boats that fire are.
    assert keys(weapons, "وحلقت مسيرة معادية على علو منخفض فوق مدينة صور وضواحيها") == set()
    text = "فتحت زوارق الاحتلال الحربية، صباح اليوم الأحد، نيران رشاشاتها الثقيلة تجاه مراكب الصيادين"
    assert "naval" in keys(weapons, text)
    text = "ثم اختتم البديل أيوب الزاهر الحصة بقذيفة قوية من ضربة حرة في الدقيقة 88"
    assert keys(weapons, text) == set()


def test_a_caches_long_list_a_boats_approach_and_a_warplanes_bombs(weapons):
    # A cache's list runs long, and weapons destroyed as a disposal were not used.
    text = (
        'وأوضح البيان أن المخبأ احتوى على أربع قاذفات "آر بي جي" مع 16 قذيفة، وصاروخين من طراز "غراد"، '
        "و9 عبوات ناسفة معدّة للتفجير، إضافة إلى 3 آلاف طلقة"
    )
    assert keys(weapons, text) == set()
    assert keys(weapons, "وأشار إلى أن خبراء الهندسة أتلفوا العبوات الناسفة في موقع آمن") == set()
    # ... but not into a clause of its own.
    text = (
        "دعت قوى نداء السودان التي تضم المعارضة السلمية والعسكرية، وأوضحت أن الحل يبدأ بوقف الحرب "
        "ووقف القصف الجوي ضد المدنيين في المنطقتين"
    )
    assert keys(weapons, text) == {"airstrike"}
    # A boat's approach with gunmen on board, and the warplanes whose bombs follow them.
    text = "بأن سفينة تجارية تعرضت لمحاولة اقتراب من زورق صغير يقل أربعة مسلحين جنوب شرقي عدن"
    assert keys(weapons, text) == {"naval"}
    text = "كما ألقت طائراتها الحربية قنابل موجهة على بلدة كوزاتسكي، ما أسفر عن إصابة تسعة أشخاص"
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "ألقت الطائرات الحربية منشورات على البلدة تدعو السكان إلى المغادرة") == set()


def test_fire_of_words(weapons):
    text = 'وفتح نواب من "المستقبل" نيرانهم الكلامية على "العهد" محملين إياه المسؤولية'
    assert keys(weapons, text) == set()
    assert keys(weapons, "أطلق الوزير نيرانه الإعلامية على خصومه في البرلمان") == set()
    assert keys(weapons, "فتح المسلحون النار على الحافلة") == {"small_arms"}


def test_a_rise_like_a_rockets(weapons):
    text = (
        'سجلت أسعار الفستق في أسواق غازي عنتاب ارتفاعا "صاروخيا" مع بداية الموسم، بسبب موجة الصقيع '
        "التي ضربت البساتين"
    )
    assert keys(weapons, text) == set()
    assert keys(weapons, 'التضخم يواصل صعوده "الصاروخي" بعد أن ضربت الأزمة الأسواق') == set()


def test_shells_like_those_named_before(weapons):
    text = (
        "سقطت قذيفة هاون مجهولة المصدر على منزل بقرية الجورة. وكانت القرية شهدت خلال الأشهر الماضية "
        "سقوط عدة قذائف مماثلة، بحسب مصادر محلية أكدت أن الأجهزة الأمنية بدأت تمشيط المزارع المحيطة "
        "بالقرية لتحديد مصدر القذيفة"
    )
    assert keys(weapons, text) == {"mortar"}
    assert keys(weapons, "سقطت عدة قذائف مماثلة على القرية الحدودية") == {"artillery"}


def test_a_boat_that_hit_a_ship(weapons):
    text = "بينما غرقت السفينة توتور في يونيو حزيران بعد أن ضربها زورق مسير محمل بالمتفجرات قبالة الحديدة"
    assert keys(weapons, text) == {"naval"}


def test_defensive_positions_attacked_and_an_attack_the_report_goes_on_to_tell(weapons):
    text = 'وقال المتحدث إن "الإرهابيين هاجموا المواقع الدفاعية بقذائف آر بي جي والهاون والأسلحة الخفيفة"'
    assert keys(weapons, text) == {"rpg", "mortar", "small_arms"}
    text = 'نفذت القيادة المركزية "ضربات دفاعية" دمرت خلالها 3 زوارق مسيرة سطحية كانت معدة للإطلاق'
    assert "naval" not in keys(weapons, text)
    text = (
        "أعلن الجيش أنه صد هجوما بالأسلحة الخفيفة على القاعدة. وفي مارس الماضي، استُهدفت قافلة عسكرية "
        "بلغم أرضي على الطريق بين غوبيو وداماساك."
    )
    assert keys(weapons, text) == {"small_arms", "ied"}


def test_bombs_made_ready_and_a_coachs_broadside(weapons):
    text = "ضبطت القوة 30 قذيفة هاون وحزامين ناسفين غير مجهزين وأعتدة عسكرية متنوعة"
    assert keys(weapons, text) == set()
    assert keys(weapons, "عثرت الفرق الهندسية على ثلاث عبوات ناسفة معدة للتفجير على جانب الطريق") == set()
    text = "شن الناخب الوطني جمال بلماضي، أمس الجمعة، قصفاً عنيفاً على الحكم الغامبي بعد المباراة"
    assert keys(weapons, text) == set()


def test_aerial_bombs(weapons):
    text = "وكانت زابوريجيا قد تعرضت لهجوم بقنابل جوية موجهة أسفر عن مقتل ستة أشخاص"
    assert keys(weapons, text) == {"airstrike"}
    assert keys(weapons, "ضبطت القوات قنابل جوية في مخزن قديم") == set()


def test_two_raids_after_a_drone_strike_are_new_ones(weapons):
    text = (
        "قتل 4 فلسطينيين في قصف نفذته طائرة مسيرة إسرائيلية على تجمع لمواطنين. ويأتي ذلك بعد غارتين "
        "إسرائيليتين متتاليتين على منزل في المنطقة نفسها."
    )
    assert keys(weapons, text) == {"drone", "airstrike"}


def test_a_missile_intercepted_and_destroyed_was_fired(weapons):
    text = "تمكنت قوات التحالف ليلة أمس من اعتراض وتدمير صاروخ باليستي أطلقته الميليشيا باتجاه جازان"
    assert keys(weapons, text) == {"missile"}
    assert keys(weapons, "وأعلن الجيش أنه تم تدمير أسلحة وقذائف كاتيوشا في المخزن") == set()


def test_a_charge_set_off_with_its_time_between_is_an_ied(weapons):
    text = 'وأضافت الكتائب أن مقاتليها فجروا مساء أمس الأربعاء "عبوة شواظ" في جرافة عسكرية'
    assert keys(weapons, text) == {"ied"}
    assert keys(weapons, "فجر مجهولون عبوة غاز داخل مطعم") == set()


def test_a_strike_on_the_drones_launch_site_is_no_drone_strike(weapons):
    text = (
        "وأضاف أن قوات التحالف تمكنت من اعتراض وتدمير طائرة بدون طيار أطلقتها الميليشيا باتجاه جازان. وأوضح "
        "أن قيادة القوات المشتركة للتحالف نفذت ضربة جوية دقيقة استهدفت موقع إطلاق الطائرات بدون طيار "
        "بمحافظة صعدة"
    )
    assert keys(weapons, text) == {"drone", "airstrike"}
    # With the drone as its means, the strike is the drone's.
    assert keys(weapons, "نفذت طائرة بدون طيار ضربة جوية استهدفت سيارة قرب مأرب") == {"drone"}


def test_a_barrel_loaded_with_chlorine_is_a_chemical_attack(weapons):
    text = "اتهم ناشطون قوات النظام بإلقاء براميل متفجرة محملة بغاز الكلور السام على بلدة سرمين"
    assert keys(weapons, text) == {"airstrike", "chemical"}
    assert keys(weapons, "ضبطت الشرطة صهريجا محملا بغاز الكلور") == set()


def test_shells_boats_fire_are_the_naval_attacks(weapons):
    text = (
        "قصفت زوارق حربية إسرائيلية ميناء الصيادين، وأفاد شهود عيان بأن الزوارق الحربية أطلقت أكثر من "
        "عشر قذائف على الميناء"
    )
    assert keys(weapons, text) == {"naval"}


def test_what_destroyed_a_car_bomb_was_used(weapons):
    # Destroyed by (ب) missiles, not missiles destroyed; a vehicle's guns (مزودة برشاشات) stay its parts.
    text = "هاجموا قواتنا صباح أمس بخمس سيارات مفخخة، تم تدمير ثلاث منها بصواريخ مضادة للدروع"
    assert "missile" in keys(weapons, text)
    assert "small_arms" not in keys(weapons, "وأسفر الهجوم عن تدمير عربات مزودة برشاشات ثقيلة")


def test_a_sniper_rifle_in_a_seized_cache_is_no_sniping(weapons):
    text = (
        "وقال إن المخبأ، الذي أقيم داخل نفق محفور تحت أحد البساتين، ضم 17 حزاما ناسفا جاهزا للاستخدام، و60 "
        "عبوة ناسفة محلية الصنع، وأربعة صواريخ كاتيوشا مع منصة إطلاق، وعشرات قذائف الهاون، وبنادق قنص وكميات "
        "من مادة C4"
    )
    assert keys(weapons, text) == set()


def test_the_goods_seized_hold_their_list(weapons):
    text = (
        "وأوضحت الوزارة أن المضبوطات شملت نحو 43 كيلوغراما من مادة «سي 4» شديدة الانفجار، وبنادق "
        "كلاشنكوف وذخائرها، وعددا من القنابل اليدوية والصواعق"
    )
    assert keys(weapons, text) == set()


def test_weapons_made_ready_taught_or_not_used(weapons):
    text = (
        "يقول إنه رأى ورشة لتجهيز السيارات المفخخة، كما شارك في دورة على الأحزمة الناسفة في معسكر قرب المدينة"
    )
    assert keys(weapons, text) == set()
    assert "rpg" not in keys(weapons, "وفي المعرض ألغام فردية، وقذائف «آر بي جي» لم تستخدم، وبنادق قنص")
    # Shells that did not go off were fired.
    assert "mortar" in keys(weapons, "قتل طفل بقذيفة هاون سقطت على منزله، وقذائف أخرى لم تنفجر")



# Sentences whose key only their wider context decides: (the keys, the text).
CONTEXT_CASES = [
    # The attack's cue is further off than the RPG's own rule looks; the shells it makes used name
    # the system, and the machine guns listed after it were fired with it.
    ({"car_bomb", "suicide_attack", "rpg", "small_arms"},
     "وافتتحوا الهجوم بسيارات مفخخة يقودها انتحاريون اقتحمت بعض الارتكازات، ثم تبعتها موجات من "
     "المسلحين بقذائف «آر بي جي» والرشاشات الثقيلة"),
    # A doubled verb's persons (وتدك) strike; warships holding a blockade are naval, ships breaking
    # one are not; charges planted are IEDs; questions showered on officials are no bombardment.
    ({"airstrike"}, "قبل أن تتدخل مروحيات «الأباتشي» وتدك مواقع المتسللين في الجبل"),
    ({"naval"}, "وما تزال بوارج التحالف تحكم حصارها البحري على الموانئ"),
    (set(), "وانطلقت سفن كسر الحصار البحري نحو غزة، ورافقتها سفينة حربية تركية"),
    ({"ied"}, "حاصر آخرون قسم الشرطة ساعات وزرعوا العبوات على الطرق المؤدية إليه"),
    (set(), "بدأ الأعضاء الجدد قصف ممثلي الأمانة بوابل من الأسئلة عن مشاريع التصريف"),
    # The detonation a seized charge was ready for is no event for the weapons listed near it.
    (set(), "وعثرت على ٣ بنادق كلاشنكوف و٤٠٠ طلقة، و٨ عبوات ناسفة معدة للتفجير، وصواعق وأجهزة تحكم "
     "عن بعد، وقاذف «آر بي جي» مع قذيفتين"),
    # A bombardment with shells is the shells the article names; with none named, artillery's.
    ({"small_arms", "rpg"},
     "وأضافت المصادر أن عناصر التنظيم استخدموا الأسلحة الرشاشة الثقيلة والقذائف الصاروخية (آر بي جي) "
     "في قصف المنازل التي تحصن فيها المسلحون"),
    ({"artillery"}, "وقتل ثلاثة مدنيين في قصف بالقذائف على حي سكني"),
    # An approximate count carries the instrument's ب.
    ({"missile", "artillery"},
     "إن مقاتلي المعارضة استهدفوا المربع الأمني في حي درعا المحطة بأكثر من 400 صاروخ «غراد» وقذيفة "
     "مدفعية"),
    # A launcher an aircraft destroyed was its target; one seized or shown no event.
    ({"airstrike", "missile"}, "وأن مقاتلات التحالف دمرت منصة الإطلاق بعد دقائق من إطلاق الصاروخ"),
    (set(), "وعرض التحالف منصة إطلاق صواريخ ضبطت مع الميليشيات"),
    # "Like the rocket" is a likeness; "such as barrels" before examples of a policy is not.
    (set(), "انطلقت إيرادات الفيلم كالصاروخ منذ عرضه الموسع في 16 يناير"),
    # A barrage (رماية) is fire, the sport not; tanks opening fire are artillery; the Saudi forces'
    # "dealing with" the sources of fire strikes.
    ({"mortar"}, "قبيل العصر بدأت الميليشيات الحوثية رماية كثيفة بقذائف الهاون من الجانب اليمني"),
    (set(), "شارك الطلاب في مسابقة الرماية بالبنادق"),
    ({"artillery"}, "ثم استدارت الأبراج فجأة وفتحت الدبابات النار علينا"),
    ({"airstrike", "artillery"},
     "وأوضح أن المدفعية السعودية وطائرات الأباتشي تعاملت مع مصادر النيران فور سقوط القذائف"),
    # A drill's pretended car bomb, and whoever fires at a wedding, are no events.
    (set(), "نفذت قوات الطوارئ الخاصة تمريناً افتراضياً في مشعر منى، حاكى التعامل مع بلاغ عن سيارة مفخخة "
     "متوقفة قرب أحد المخيمات"),
    (set(), "وأكد أن كل من يطلق النار في مناسبة سيُقبض عليه ويحال إلى النيابة"),
    ({"small_arms"}, "وأطلق المسلح النار على كل من كان في المسجد"),
    # Hunters' shots are at game.
    (set(), "أما هواة الصيد بالبندقية فيتجهون غالباً إلى الأرانب والقطا، مستخدمين بنادق «الشوزن» وطلقات "
     "الخرطوش"),
    # A space shuttle's booster is no missile.
    (set(), "ففي 28 يناير 1986 انفجر المكوك «تشالنجر» بعد 73 ثانية من إقلاعه، بسبب تسرب في حلقة عازلة "
     "بأحد صاروخي الدفع، ولقي رواده السبعة حتفهم"),
    # A warning against the weapon is no use of it; a cautious calm (هدوء حذر) no warning.
    (set(), "حذرت شرطة منطقة جازان من إطلاق النار في حفلات الزواج والمناسبات العامة"),
    ({"artillery"}, "ساد هدوء حذر المدينة بعد قصف مدفعي عنيف استمر ساعات"),
    # Shells a paragraph after the mortars are the mortars.
    ({"mortar", "small_arms"},
     "قُتل مجند مصري وأصيب ستة آخرون من قوات الأمن، مساء أمس، إثر سقوط قذائف هاون أطلقها مسلحون على "
     "معسكر الأحراش التابع لقوات الأمن المركزي في مدينة رفح بشمال سيناء، فيما لقي مجند آخر حتفه برصاص "
     "قناص استهدفه أثناء خدمته في كمين أمني بمنطقة الريسة شرق مدينة العريش. وقال مصدر أمني لوكالة "
     "الصحافة الفرنسية إن «ثلاث قذائف سقطت داخل المعسكر وأخرى في محيطه»"),
    # A barrel bomb, two or a count of them take the masculine.
    ({"airstrike"}, "ريف إدلب: ألقت مروحيات النظام برميلين متفجرين على أطراف بلدة الهبيط"),
    ({"airstrike"}, "في حين ألقى الطيران المروحي عشرين برميلًا متفجرًا على المدينة، بحسب ناشطين"),
    # The coalition's warships are no aircraft of it; its planes are.
    ({"naval"}, "أفادت مصادر ميدانية بأن بوارج التحالف قصفت فجر أمس مواقع للميليشيات على ساحل ميدي"),
    ({"airstrike"}, "أفادت مصادر ميدانية بأن طائرات التحالف قصفت فجر أمس مواقع للميليشيات في صعدة"),
    # Barrels loaded with what burns are barrel bombs; barrels loaded with oil are not.
    ({"airstrike"}, "في مطلع آب ألقت المروحيات براميل محملة بمادة حارقة تشبه النابالم على آخر مستشفى"),
    (set(), "وصلت ناقلة براميل محملة بالنفط إلى الميناء"),
    # An attack repelled with a weapon; districts shelled with rockets are no street named after them.
    ({"rpg"}, "وصدت مجموعة أخرى من شبابنا محاولة تسلل نحو عطشان بقذائف «آر بي جي»"),
    ({"missile"}, "ما زالوا يقصفون الأحياء بصواريخ الكاتيوشا من مواقعهم في سناح"),
    # What لولا names happened; what is expected has not; a gun salute is fired at no one.
    ({"airstrike"}, "لولا غارات التحالف على تعزيزاتهم في دمت وقعطبة لما صمدنا"),
    (set(), "عكاظ: هل نتوقع ضربات جوية في سوريا قريباً؟"),
    ({"airstrike", "artillery"}, "سقطت قذيفة قرب الموقع دون أن توقع إصابات، قبل أن تتدخل مروحيات «الأباتشي» "
     "وتدك مواقع المتسللين"),
    (set(), "يومها أطلقت المدفعية 21 طلقة تحية للضيف، وأنا أعزف"),
    # Those who fight with rifles fire them; infighting that should give way to talks does not.
    ({"mortar", "small_arms"}, "شيخ عشائري: الهاون يسقط على المجمع كل يوم.. وأبناؤنا يقاتلون ببنادق قديمة"),
    (set(), "يبذل قصارى جهده لتقريب وجهات النظر بدلاً من التقاتل بالبندقية"),
    # A car bomb a rumour told, and the joke that closed it.
    (set(), "وطالب مغردون بمحاسبة مروجي الشائعة، فيما سخر آخرون: «السيارة المفخخة طلعت ددسن خربانة»"),
    # Lead smelted is the metal; a blast people took for a bomb, and a quarry's blasts they liken to
    # shelling, are no weapons; a wound "as if" from a gunshot is one.
    (set(), "إثر انفجار فرن لصهر الرصاص داخل ورشة لإعادة تدوير بطاريات السيارات"),
    (set(), "هرع الأهالي الى الشارع ظناً منهم أن عبوة انفجرت في الحي، قبل أن يتبيّن أن الحادث عرضي"),
    (set(), "مؤكدين ان دوي التفجيرات يهز البيوت ويشقق الجدران، وكأننا نعيش تحت القصف"),
    ({"small_arms"}, "شاهد شخصاً على الأرض مغطى بالدماء وبه إصابة في الذراع وكأنها ناتجة عن طلق ناري"),
    # A fan's blame showered on the club's board.
    (set(), "«الخسارة مو نهاية الدنيا، نبي مشروع حقيقي بدل قصف الإدارة كل ما خسرنا»"),
    # The iftar cannon, named once, is the cannon throughout.
    (set(), "أطلق مدفع الإفطار طلقته الأولى أمس، ويطلق المدفع أيضا عند الإمساك فجرا"),
    # A common noun alone in quotes is a figure, a system's name in quotes is the weapon fired.
    (set(), "وتحت قبة البرلمان، شن نواب «قصفاً» عنيفاً على وزير التموين"),
    ({"missile"}, "أطلق المسلحون صواريخ «غراد» على البلدة"),
    # What something is described as, what is deadlier than a bullet, the shells of charges: figures;
    # a suicide bomber suspected is one.
    (set(), "وصفت سيدة الأزمة بأنها «قنبلة انفجرت في وش الغلابة»"),
    ({"car_bomb", "suicide_attack"}, "واستهدف هجوم بسيارة مفخخة يشتبه بأنه انتحاري مركزا للشرطة"),
    (set(), "وأكد أن الكلمة التي يطلقها أحدهم أشد فتكاً من الرصاصة"),
    (set(), "من الناس من يطلق قذائف التهم جزافاً"),
    # The Resistance hit by mines is no gear resistant to them; snipers targeting fire; a relative
    # clause of persons is no item of a list the grave "contains".
    ({"ied"}, "قتل ثلاثة من عناصر المقاومة بانفجار ألغام زرعها الحوثيون في محيط المطار"),
    (set(), "تسلم الجيش عربات مقاومة للألغام"),
    ({"small_arms"}, "واصل قناصة الحوثيين المتحصنون في جبل حديد استهداف المدنيين"),
    ({"small_arms"}, "عثر على مقبرة جماعية تضم رفات 40 من أبناء العشيرة الذين أعدمهم التنظيم رمياً بالرصاص"),
    (set(), "ضبطت الشرطة مخزنا يضم بنادق ورشاشات وذخائر"),
    # Made or readied, then planted, set off or driven in: used after all; seized before it went off,
    # or made ready for planting: not.
    ({"ied"}, "أدين بتصنيع عبوة متفجرة محلية الصنع وزرعها قرب مدرسة ثم تفجيرها عن بعد لدى مرور دورية"),
    ({"car_bomb", "suicide_attack"},
     "شارك في تجهيز السيارات المفخخة التي اقتحم بها انتحاريون بوابات المجمعات"),
    (set(), "وضبط سيارة مفخخة قبل تفجيرها"),
    (set(), "ضبطت عبوات ناسفة معدة لزرعها على الطرق"),
    # Boats that fire, whoever they fire on; the fishermen's own boat fired on is none.
    ({"naval", "small_arms"},
     "قال مصدر إن زوارق تابعة للقوات البحرية أطلقت النار فجر أمس على ثلاثة قوارب صيد"),
    ({"naval"}, "عندما أطلق زورق تابع لخفر السواحل الليبي النار على قارب يقل مهاجرين"),
    ({"small_arms"}, "تعرض زورق صيد لإطلاق نار قبالة الساحل"),
    # Warships that hold a cordon or fire missiles; a sea mine gone off.
    ({"naval"}, "فيما فرضت البوارج طوقاً بحرياً على الساحل لمنع فرار المسلحين"),
    ({"naval", "missile"},
     "أطلقت المدمرة الأميركية «نيتزي» فجر أمس صواريخ «توماهوك» على ثلاثة مواقع رادار"),
    ({"naval"}, "قتل ثلاثة صيادين إثر انفجار لغم بحري زرعته الميليشيات قبالة ميدي"),
    # Wind that breaks masts, a car's rocket speed, reconnaissance aircraft: none strikes.
    (set(), "وبلغ ارتفاع الموج مترين، فيما قصفت الرياح صواري ثلاثة محامل في منتصف المسافة"),
    (set(), "بعدما انطلقت سيارته بسرعة صاروخية في مرحلة الكثبان"),
    (set(), "وقوات الجيش والشرطة تمشط المدقات الصحراوية المحيطة بمساندة طائرات استطلاع"),
    ({"airstrike"}, "وتقدمت القوات بمساندة طائرات التحالف التي شنت غارات على مواقع المسلحين"),
    # A suicide bomber driving a car bomb into his target.
    ({"car_bomb", "suicide_attack"}, "حين صدم انتحاري يقود سيارة مفخخة حافلة صغيرة كانت تقلهم"),
    # A shot denied with its و (ودون أن يطلق), mines disposed of by blowing them up, a film's smoke
    # cans; a bomb whose force equals a kilogram of TNT, no football draw.
    (set(), "وأوضح أن العملية تمت بهدوء ودون أن يطلق الحراس رصاصة واحدة"),
    (set(), "وأضاف أن الفرق الهندسية أتلفت الألغام والقذائف المسلمة بتفجيرها بطريقة آمنة"),
    ({"ied"}, "تصنيع عبوة متفجرة وزرعها ثم تفجيرها قرب الدورية"),
    (set(), "بينما نفذ خبراء المؤثرات مشاهد الانفجارات بعبوات دخان آمنة"),
    ({"ied"}, "إن «عبوة ناسفة يدوية الصنع تعادل قوتها كيلوغراماً من مادة تي إن تي» انفجرت على متن الطائرة"),
    (set(), "سدد اللاعب قذيفة قوية أدرك بها التعادل"),
    # Boats that impose a sea cordon; car bombs seized before they were used.
    ({"naval"}, "وأشار إلى أن الطوق البحري الذي فرضته زوارق تابعة لقوات مصراتة حال دون فرار قادة التنظيم"),
    (set(), "الحصار يمنع زوارق الصيد من الإبحار"),
    (set(), "إضافة إلى عربتين مفخختين ضبطتا قبل استخدامهما وفككت فرق الهندسة عبواتهما"),
    # A car bomb reported, then denied; a basketball shot «صاروخية»; aircraft backing a search.
    (set(), "وكانت معلومات أولية تحدثت عن دراجة نارية مفخخة، قبل أن تنفي قوى الأمن الداخلي ذلك"),
    (set(), "سجل 27 نقطة بينها ست ثلاثيات «صاروخية» أطلقها من مسافات بعيدة"),
    (set(), "وصلت الشرطة وبدأت عمليات تفتيش واسعة بمساندة طيران الجيش"),
    ({"airstrike"}, "سيطرت القوات على البلدة بمساندة طيران التحالف"),
    # A list included (لتشمل) does not run into the next clause; a striker's header.
    ({"mortar"}, "ثم اتسعت لتشمل عدداً من الأحياء، إذ سقطت قذائف الهاون على منازل في حي الجمهورية"),
    (set(), "قبل أن يضيف قناص الفريق الهدف الثاني برأسية متقنة"),
]


@pytest.mark.parametrize("wanted, text", CONTEXT_CASES, ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_the_wider_context_decides_the_key(weapons, wanted, text):
    assert keys(weapons, text) == wanted
