"""Draw a meeting's facts and write its minutes: `make_minutes` gives (markup, expected record)."""

from __future__ import annotations

import random
from datetime import timedelta
from types import ModuleType
from typing import Any

from bienban.corpus import (
    heldout,
    heldout2,
    heldout3,
    heldout4,
    heldout5,
    heldout6,
    heldout7,
    heldout8,
    heldout9,
    heldout10,
    heldout11,
    heldout12,
    heldout13,
    heldout14,
    heldout15,
    heldout16,
    heldout17,
    heldout18,
    heldout19,
    heldout20,
    heldout21,
    heldout22,
    heldout23,
    heldout24,
    heldout25,
    heldout26,
    heldout27,
    heldout28,
    heldout29,
)
from bienban.corpus.facts import (
    DOMAINS,
    MEETING_TYPES,
    Facts,
    Speech,
    draw_attendance,
    draw_schedule,
    draw_unit,
    expected_record,
    fill,
)
from bienban.corpus.families import FAMILIES, write_minutes
from bienban.corpus.pools import load_pools, make_people, split_entry

LENGTHS = ("short", "medium", "long")
_SPEECH_COUNTS = {"short": (0, 3), "medium": (2, 5), "long": (4, 10)}
_RESOLUTION_COUNTS = {"short": (2, 4), "medium": (3, 6), "long": (5, 9)}
_REVIEW_COUNTS = {"short": (1, 3), "medium": (2, 5), "long": (4, 7)}
# The opt-in families' writers, in the order they were written (G and H first).
HELDOUT_MODULES = (
    heldout,
    heldout2,
    heldout3,
    heldout4,
    heldout5,
    heldout6,
    heldout7,
    heldout8,
    heldout9,
    heldout10,
    heldout11,
    heldout12,
    heldout13,
    heldout14,
    heldout15,
    heldout16,
    heldout17,
    heldout18,
    heldout19,
    heldout20,
    heldout21,
    heldout22,
    heldout23,
    heldout24,
    heldout25,
    heldout26,
    heldout27,
    heldout28,
    heldout29,
)


def _opt_in(module: ModuleType) -> list[str]:
    """The families a held-out module writes, by name."""
    return sorted(module.HELDOUT_FAMILIES)


def families() -> list[str]:
    """The default template families A–F (one secretary's style each), the rules' training set."""
    return sorted(FAMILIES)


def development_families() -> list[str]:
    """G and H: opt-in families, held out at first, now used while developing the rules."""
    return _opt_in(heldout)


def heldout_families() -> list[str]:
    """I and J: opt-in families the extraction rules were not written against."""
    return _opt_in(heldout2)


def later_heldout_families() -> list[str]:
    """K and L: opt-in families written after I and J, also unseen by the extraction rules."""
    return _opt_in(heldout3)


def latest_heldout_families() -> list[str]:
    """M and N: opt-in families written after K and L, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout4)


def newest_heldout_families() -> list[str]:
    """O and P: opt-in families written after M and N, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout5)


def final_heldout_families() -> list[str]:
    """Q and R: opt-in families written after O and P, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout6)


def last_heldout_families() -> list[str]:
    """S and T: opt-in families written after Q and R, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout7)


def fresh_heldout_families() -> list[str]:
    """U and V: opt-in families written after S and T, unseen by the extraction rules."""
    return _opt_in(heldout8)


def heldout_w_x_families() -> list[str]:
    """W and X: opt-in families written after U and V, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout9)


def heldout_y_z_families() -> list[str]:
    """Y and Z: opt-in families written after W and X, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout10)


def heldout_aa_ab_families() -> list[str]:
    """AA and AB: opt-in families written after Y and Z, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout11)


def heldout_ac_ad_families() -> list[str]:
    """AC and AD: opt-in families written after AA and AB, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout12)


def heldout_ae_af_families() -> list[str]:
    """AE and AF: opt-in families written after AC and AD, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout13)


def heldout_ag_ah_families() -> list[str]:
    """AG and AH: opt-in families written after AE and AF, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout14)


def heldout_ai_aj_families() -> list[str]:
    """AI and AJ: opt-in families written after AG and AH, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout15)


def heldout_ak_al_families() -> list[str]:
    """AK and AL: opt-in families written after AI and AJ, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout16)


def heldout_am_an_families() -> list[str]:
    """AM and AN: opt-in families written after AK and AL, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout17)


def heldout_ao_ap_families() -> list[str]:
    """AO and AP: opt-in families written after AM and AN, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout18)


def heldout_aq_ar_families() -> list[str]:
    """AQ and AR: opt-in families written after AO and AP, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout19)


def heldout_as_at_families() -> list[str]:
    """AS and AT: opt-in families written after AQ and AR, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout20)


def heldout_au_av_families() -> list[str]:
    """AU and AV: opt-in families written after AS and AT, measured once while held out; now used
    while developing the rules."""
    return _opt_in(heldout21)


def heldout_aw_ax_families() -> list[str]:
    """AW and AX: opt-in families written after AU and AV, unseen by the extraction rules."""
    return _opt_in(heldout22)


def heldout_ay_az_families() -> list[str]:
    """AY and AZ: opt-in families written after AW and AX, unseen by the extraction rules."""
    return _opt_in(heldout23)


def heldout_ba_bb_families() -> list[str]:
    """BA and BB: opt-in families written after AY and AZ, unseen by the extraction rules."""
    return _opt_in(heldout24)


def heldout_bc_bd_families() -> list[str]:
    """BC and BD: opt-in families written after BA and BB, unseen by the extraction rules."""
    return _opt_in(heldout25)


def heldout_be_bf_families() -> list[str]:
    """BE and BF: opt-in families written after BC and BD, unseen by the extraction rules."""
    return _opt_in(heldout26)


def heldout_bg_bh_families() -> list[str]:
    """BG and BH: opt-in families written after BE and BF, unseen by the extraction rules."""
    return _opt_in(heldout27)


def heldout_bi_bj_families() -> list[str]:
    """BI and BJ: opt-in families written after BG and BH, unseen by the extraction rules."""
    return _opt_in(heldout28)


def heldout_bk_bl_families() -> list[str]:
    """BK and BL: opt-in families written after BI and BJ, unseen by the extraction rules."""
    return _opt_in(heldout29)


def all_families() -> list[str]:
    """Every family that can be asked for by name: default, development, then held-out ones."""
    return families() + [name for module in HELDOUT_MODULES for name in _opt_in(module)]


def make_minutes(
    rng: random.Random,
    *,
    family: str | None = None,
    families_allowed: list[str] | None = None,
    length: str | None = None,
    meeting_type: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """Invent one meeting and write its minutes: (layout-marked text, expected record)."""
    choices = families_allowed or families()
    name = family or rng.choice(choices)
    if name not in all_families():
        raise ValueError(f"unknown template family {name!r}: choose from {all_families()}")
    facts = draw_facts(rng, length=length, meeting_type=meeting_type)
    writer = next((m for m in HELDOUT_MODULES if name in m.HELDOUT_FAMILIES), None)
    if writer is not None:
        markup = writer.write_minutes(facts, rng, family=name)
    else:
        markup = write_minutes(facts, rng, family=name)
    return markup, expected_record(facts)


def draw_facts(
    rng: random.Random, *, length: str | None = None, meeting_type: str | None = None
) -> Facts:
    """All the facts of one meeting, consistent with each other."""
    domain = rng.choice(DOMAINS)
    kind = meeting_type or rng.choices(MEETING_TYPES, weights=[5, 2, 2, 1.5])[0]
    size = length or rng.choices(LENGTHS, weights=[4, 4, 2])[0]
    unit = draw_unit(rng, domain=domain)
    day, head_day, start, end = draw_schedule(rng, domain=domain, meeting_type=kind)
    people = make_people(rng, 22, highland=unit.highland)
    chair, secretary, *others = people
    counts = draw_attendance(rng, domain=domain, people=others[-8:])
    facts = Facts(
        unit=unit,
        meeting_type=kind,
        length=size,
        day=day,
        head_day=head_day,
        start=start,
        end=end,
        location=rng.choice(unit.locations),
        chair=chair,
        chair_role=rng.choices(["Bí thư chi bộ", "Phó Bí thư chi bộ"], weights=[6, 1])[0],
        secretary=secretary,
        secretary_role=rng.choice([None, None, "chi ủy viên", "đảng viên"]),
        members=others[:-8],
        guests=[],
        unnamed_guest=None,
        **counts,
    )
    _draw_guests(facts, rng, people=make_people(rng, 2))
    if kind == "extraordinary":
        _draw_extraordinary(facts, rng)
    else:
        _draw_sections(facts, rng)
    _draw_discussion(facts, rng)
    _draw_vote(facts, rng)
    return facts


def _draw_guests(facts: Facts, rng: random.Random, *, people: list[str]) -> None:
    roll = rng.random()
    roles = load_pools()["guest_roles"]
    if roll < 0.25:
        facts.guests = [(people[0], rng.choice(roles))]
    elif roll < 0.33:
        facts.guests = [
            (name, role) for name, role in zip(people, rng.sample(roles, 2), strict=True)
        ]
    elif roll < 0.5:
        facts.unnamed_guest = rng.choice(
            [
                "đại diện Đảng ủy",
                "đại diện Ban Thường vụ Đảng ủy",
                "đồng chí đảng ủy viên phụ trách",
            ]
        )


def _draw_sections(facts: Facts, rng: random.Random) -> None:
    pools = load_pools()
    sections = facts.sections
    year = facts.day.year
    regular = facts.meeting_type in ("regular", "combined")
    if regular and rng.random() < 0.75:
        sections["current_affairs"] = rng.sample(
            pools["current_affairs"], rng.randint(1, 4 if facts.length == "long" else 2)
        )
        facts.topics.add("current_affairs")
    if regular and rng.random() < 0.35:
        doc = rng.choice(pools["directive_docs"]).format(n=rng.randint(2, 60))
        sections["directive"] = f"{doc} {rng.choice(pools['directive_subjects']).format(year=year)}"
        facts.topics.add("directives")
    if regular and rng.random() < 0.92:
        low, high = _REVIEW_COUNTS[facts.length]
        items = rng.sample(
            pools["review"][facts.unit.domain],
            min(rng.randint(low, high), len(pools["review"][facts.unit.domain])),
        )
        sections["review"] = [fill(item, rng, members=facts.members, year=year) for item in items]
        sections["shortcomings"] = rng.sample(pools["shortcomings"], rng.randint(0, 2))
        facts.topics.add("review")
    _draw_optional_sections(facts, rng)
    if facts.meeting_type in ("thematic", "combined"):
        _draw_theme(facts, rng)
    _draw_resolutions(facts, rng)
    if rng.random() < 0.3:
        sections["next_meeting"] = facts.day + timedelta(days=rng.randint(26, 35))
    if rng.random() < 0.4:
        sections["distractor"] = fill(
            rng.choice(pools["extra_distractors"]), rng, members=facts.members, year=year
        )


def _draw_optional_sections(facts: Facts, rng: random.Random) -> None:
    pools = load_pools()
    sections = facts.sections
    boost = 0.2 if facts.length == "long" else 0.0
    if facts.meeting_type != "thematic" and rng.random() < 0.3 + boost:
        sections["ideology"] = rng.sample(pools["ideology"], 2)
        facts.topics.add("ideology")
    if facts.meeting_type != "thematic" and rng.random() < 0.25 + boost:
        sections["criticism"] = [
            fill(p, rng, members=facts.members, year=facts.day.year)
            for p in rng.sample(pools["praise"], 2)
        ]
        facts.topics.add("criticism")
    if facts.meeting_type != "thematic" and rng.random() < 0.45:
        sections["fees"] = True
        facts.topics.add("party_fees")
    if facts.meeting_type == "regular" and rng.random() < 0.15 + boost:
        sections["hcm"] = True
        facts.topics.add("ho_chi_minh")
    if facts.meeting_type == "regular" and rng.random() < 0.15 + boost:
        sections["mass_mobilization"] = rng.randint(2, 6)
        facts.topics.add("mass_mobilization")
    if facts.meeting_type == "regular" and rng.random() < 0.1 + boost:
        sections["inspection"] = rng.choice(facts.members)
        facts.topics.add("inspection")


def _draw_theme(facts: Facts, rng: random.Random) -> None:
    title, topics = split_entry(rng.choice(load_pools()["thematic_titles"]))
    facts.thematic_title = title
    facts.topics.update(["thematic", *topics])
    facts.sections["presenter"] = rng.choice(facts.members)


def _draw_resolutions(facts: Facts, rng: random.Random) -> None:
    pools = load_pools()
    low, high = _RESOLUTION_COUNTS[facts.length]
    domain_items = pools["resolutions"][facts.unit.domain]
    count = rng.randint(low, high)
    items = rng.sample(domain_items, min(count, len(domain_items)))
    tagged_count = max(0, count - len(items)) + rng.choice([0, 0, 1, 1, 2])
    for entry in rng.sample(pools["resolutions_tagged"], tagged_count):
        text, topics = split_entry(entry)
        if "ho_chi_minh" in topics and facts.meeting_type == "thematic":
            continue
        items.insert(
            rng.randint(0, len(items)), fill(text, rng, members=facts.members, year=facts.day.year)
        )
        facts.topics.update(topics)
    facts.resolutions = items
    if facts.meeting_type != "thematic":
        facts.topics.add("plan")
    if rng.random() < 0.2:
        facts.conclusion_decision = rng.choice(
            [
                "Chi bộ giao chi ủy hoàn chỉnh nghị quyết tháng, triển khai đến từng đảng viên",
                "Chi bộ giao chi ủy xây dựng kế hoạch cụ thể để tổ chức thực hiện",
                "Chi bộ giao đồng chí Phó Bí thư theo dõi, đôn đốc việc thực hiện nghị quyết",
            ]
        )


def _draw_extraordinary(facts: Facts, rng: random.Random) -> None:
    purpose = rng.choice(["member_development", "inspection", "directives"])
    facts.purpose = purpose
    facts.topics.add(purpose)
    outsider = make_people(rng, 1)[0]
    if purpose == "member_development":
        facts.sections["candidate"] = outsider
        facts.resolutions = [
            f"Đề nghị Đảng ủy xem xét, ra quyết định kết nạp quần chúng {outsider} vào Đảng",
            f"Phân công đồng chí {rng.choice(facts.members)} tiếp tục giúp đỡ quần chúng {outsider}",
        ]
        facts.topics.add("member_assignment")
    elif purpose == "inspection":
        facts.sections["offender"] = rng.choice(facts.members)
        facts.resolutions = [
            f"Đề nghị cấp trên thi hành kỷ luật bằng hình thức {rng.choice(['khiển trách', 'cảnh cáo'])} đối với đảng viên {facts.sections['offender']}",
            "Giao chi ủy hoàn chỉnh hồ sơ, báo cáo Ủy ban Kiểm tra trong thời hạn quy định",
        ]
    else:
        facts.sections["urgent"] = rng.choice(
            [
                "phòng, chống cơn bão đang đổ bộ vào địa phương",
                "ứng phó với đợt triều cường, ngập lụt",
                "phòng, chống dịch bệnh đang lan rộng",
            ]
        )
        facts.resolutions = [
            "Mỗi đảng viên trực tiếp đến các hộ được phân công để vận động, hỗ trợ di dời tài sản",
            f"Giao đồng chí {rng.choice(facts.members)} phối hợp các đoàn thể trực 24/24 giờ trong thời gian cao điểm",
            "Báo cáo tình hình về Đảng ủy trước 7 giờ sáng hằng ngày",
        ]
        facts.topics.update(["member_assignment", "plan"])


def _draw_discussion(facts: Facts, rng: random.Random) -> None:
    pools = load_pools()
    low, high = _SPEECH_COUNTS[facts.length]
    count = min(rng.randint(low, high), len(facts.members), max(facts.present - 1, 0))
    speakers = rng.sample(facts.members, count)
    if facts.guests and count and rng.random() < 0.5:
        speakers[-1] = facts.guests[0][0]
    lines = pools["speech"][facts.unit.domain]
    for speaker in speakers:
        first, second = rng.sample(lines, 2)
        text = (
            f"{first}; đồng thời {second}"
            if facts.length == "long" and rng.random() < 0.6
            else first
        )
        facts.speeches.append(Speech(speaker, text + ".", None))
        facts.speeches[-1].text += rng.choice(pools["speech_tails"])
    roll = rng.random()
    if roll < 0.2:
        facts.stated_speakers = count + rng.choice([0, 0, 1, 2, 3])
        facts.sections["summarise"] = rng.random() < 0.5
    elif not count:
        facts.stated_speakers = 0


def _draw_vote(facts: Facts, rng: random.Random) -> None:
    if facts.purpose == "member_development":
        official = max(facts.present - rng.randint(0, 2), 1)
        facts.vote = (official, official)
    elif facts.purpose == "inspection":
        facts.vote = (facts.present - rng.randint(0, 2), facts.present)
    elif rng.random() < 0.82:
        facts.vote = (facts.present - (1 if rng.random() < 0.1 else 0), facts.present)
