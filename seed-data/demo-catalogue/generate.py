#!/usr/bin/env python3
"""Generate the SkillsRegistry demonstration credential catalogue.

Reads the real ESCO v1.1.1 ICT slice and the O*NET 29.3 computer/mathematical slice next to this
folder, invents fictional providers, and writes catalogue.json. Deterministic: a fixed seed, sorted
inputs, and no clock or environment input. Python 3.11 standard library only.

    python3 seed-data/demo-catalogue/generate.py
"""
from __future__ import annotations

import csv
import json
import random
import re
import sys
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

SEED = 20261123
HERE = Path(__file__).resolve().parent
ESCO = HERE.parent / "esco-v1.1.1-ict"
ONET = HERE.parent / "onet-29.3-computer-math"
CROSSWALK = HERE.parent / "nesta-esco-onet-crosswalk" / "esco_onet_crosswalk_Nov2020.csv"
OUT = HERE / "catalogue.json"
ONET_OCCUPATION = "https://www.onetonline.org/link/summary/{}"
ONET_ELEMENT = "https://www.onetonline.org/find/descriptor/result/{}"
CTID_NAMESPACE = uuid.UUID("6f1c2a52-6d0e-4c59-9a57-3d1f0c2b7e11")
TODAY = date(2026, 11, 1)  # fixed reference date: keeps the output independent of the clock

# name, code, country, region, domain, focus ISCO prefixes
PROVIDERS = [
    ("Northbridge Institute of Technology", "nbit", "DE", "DE-BY", "northbridge-it.example.edu", ["2529", "2512", "2522"]),
    ("Hafenstadt Digital Academy", "hda", "DE", "DE-HH", "hafenstadt-digital.example.org", ["2513", "2514", "2519"]),
    ("Lindenau School of Applied Computing", "lsac", "DE", "DE-BE", "lindenau-computing.example.edu", ["2511", "2521", "2512"]),
    ("Neckarwald University of Applied Sciences", "nwuas", "DE", "DE-BW", "neckarwald-uas.example.edu", ["2511", "2514", "1330"]),
    ("Institut Numérique de Valmont", "inv", "FR", "FR-IDF", "valmont-numerique.example.edu", ["2529", "2511", "1330"]),
    ("École du Code Lumière", "ecl", "FR", "FR-ARA", "code-lumiere.example.org", ["2512", "2513", "2514"]),
    ("Académie Atlantique des Données", "aad", "FR", "FR-NAQ", "atlantique-donnees.example.org", ["2521", "2511", "2519"]),
    ("Polderlake Institute of Applied ICT", "plia", "NL", "NL-NH", "polderlake-ict.example.edu", ["2522", "2523", "3513"]),
    ("Zeeweg Hogeschool voor Informatica", "zhi", "NL", "NL-ZH", "zeeweg-hogeschool.example.edu", ["2512", "2519", "2511"]),
    ("Dunecrest Data Academy", "dda", "NL", "NL-UT", "dunecrest-data.example.org", ["2521", "2511", "1330"]),
    ("Shannonmoor Institute of Technology", "smit", "IE", "IE-D", "shannonmoor-it.example.edu", ["2512", "2529", "2523"]),
    ("Corrib Bay Skills College", "cbsc", "IE", "IE-G", "corribbay-skills.example.edu", ["3512", "3513", "2522"]),
    ("Blackwater Valley Digital Institute", "bvdi", "IE", "IE-CO", "blackwater-digital.example.org", ["2513", "2514", "2519"]),
    ("Instituto Tecnológico Sierra Clara", "itsc", "ES", "ES-MD", "sierraclara-tec.example.edu", ["2511", "2512", "2529"]),
    ("Escola Digital Mar Blau", "edmb", "ES", "ES-CT", "marblau-digital.example.org", ["2513", "2514", "2521"]),
    ("Academia Olivar de Tecnologías", "aot", "ES", "ES-AN", "olivar-tecnologias.example.org", ["3512", "2522", "2519"]),
    ("Akademia Cyfrowa Bursztyn", "acb", "PL", "PL-14", "bursztyn-cyfrowa.example.edu", ["2512", "2514", "2521"]),
    ("Wawelskie Centrum Kompetencji IT", "wcki", "PL", "PL-12", "wawelskie-it.example.org", ["2529", "2522", "2523"]),
    ("Odra Valley School of Software", "ovss", "PL", "PL-02", "odravalley-software.example.edu", ["2519", "2512", "2511"]),
    ("Revontuli Institute of Applied Sciences", "rias", "FI", "FI-18", "revontuli-ias.example.edu", ["2511", "2529", "2521"]),
    ("Koivuranta Digital Academy", "kda", "FI", "FI-11", "koivuranta-digital.example.org", ["2513", "2514", "3512"]),
    ("Sunvale Institute of Technology", "svit", "US", "US-CA", "sunvale-tech.example.edu", ["2512", "2511", "2529"]),
    ("Pinecrest Harbor Technical College", "phtc", "US", "US-WA", "pinecrest-harbor.example.edu", ["2522", "2523", "3512"]),
    ("Prairie Forge Community College", "pfcc", "US", "US-IL", "prairieforge-cc.example.edu", ["3512", "2513", "2521"]),
    ("Lone Mesa Workforce Institute", "lmwi", "US", "US-TX", "lonemesa-workforce.example.org", ["2529", "3513", "2519"]),
    ("Hudson Quarry Tech Academy", "hqta", "US", "US-NY", "hudsonquarry-tech.example.org", ["2512", "2514", "1330"]),
    ("Meridian Cloud Skills Guild", "mcsg", "US", "US-CO", "meridian-guild.example.org", ["2512", "2529", "2511"]),
]
LANGUAGE = {"DE": "de", "FR": "fr", "NL": "nl", "IE": "en", "ES": "es", "PL": "pl", "FI": "fi", "US": "en"}
EXTRA_LANGUAGE = {"IE": "ga", "ES-CT": "ca", "FI": "sv", "US": "es"}
OTHER_REGIONS = {
    "DE": ["DE-BY", "DE-HH", "DE-BE", "DE-BW", "DE-NW", "DE-HE"], "FR": ["FR-IDF", "FR-ARA", "FR-NAQ", "FR-OCC", "FR-HDF"],
    "NL": ["NL-NH", "NL-ZH", "NL-UT", "NL-NB", "NL-GR"], "IE": ["IE-D", "IE-G", "IE-CO", "IE-L", "IE-M"],
    "ES": ["ES-MD", "ES-CT", "ES-AN", "ES-VC", "ES-PV"], "PL": ["PL-14", "PL-12", "PL-02", "PL-30", "PL-22"],
    "FI": ["FI-18", "FI-11", "FI-19", "FI-17"], "US": ["US-CA", "US-WA", "US-IL", "US-TX", "US-NY", "US-CO", "US-MA"],
}
QA_BODY = {
    "DE": "accredited under the German Accreditation Council rules (fictional demo reference)",
    "FR": "registered with the French national qualifications register (fictional demo reference)",
    "NL": "accredited by the Dutch-Flemish accreditation system (fictional demo reference)",
    "IE": "validated under Irish national quality assurance guidelines (fictional demo reference)",
    "ES": "verified under the Spanish university quality framework (fictional demo reference)",
    "PL": "approved under the Polish Integrated Qualifications System (fictional demo reference)",
    "FI": "audited against Finnish higher-education quality criteria (fictional demo reference)",
    "US": "accredited by a regional accreditor recognised by CHEA (fictional demo reference)",
}
AREA = [("2529", "sec"), ("2512", "sw"), ("2514", "app"), ("2513", "web"), ("2521", "db"), ("2522", "net"),
        ("2523", "net"), ("3513", "net"), ("2519", "qa"), ("2511", "sys"), ("1330", "mgt"), ("3512", "ops"), ("351", "ops")]
TYPE_WEIGHTS = [("MicroCredential", 56), ("Badge", 11), ("Course", 10), ("Certification", 9), ("Apprenticeship", 3), ("Degree", 3)]
# The Nesta crosswalk predates O*NET-SOC 2019; these are the 2010 -> 2019 code changes for the computer
# occupations it uses (from the O*NET-SOC 2010-to-2019 taxonomy crosswalk). Unchanged codes pass through.
SOC_2010_TO_2019 = {
    "15-1111.00": "15-1221.00", "15-1121.00": "15-1211.00", "15-1122.00": "15-1212.00", "15-1131.00": "15-1251.00",
    "15-1132.00": "15-1252.00", "15-1133.00": "15-1252.00", "15-1134.00": "15-1254.00", "15-1141.00": "15-1242.00",
    "15-1142.00": "15-1244.00", "15-1143.00": "15-1241.00", "15-1143.01": "15-1241.01", "15-1151.00": "15-1232.00",
    "15-1152.00": "15-1231.00", "15-1199.01": "15-1253.00", "15-1199.02": "15-1299.08", "15-1199.03": "15-1299.01",
    "15-1199.06": "15-1243.00", "15-1199.07": "15-1243.01", "15-1199.08": "15-2051.01", "15-1199.09": "15-1299.09",
    "15-1199.11": "15-1255.01",
}
STOP = set("and of the in for with to a an on ict use using computer systems system data".split())
ONET_SHARE_US = 0.15


def read_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_esco():
    skills = {r["conceptUri"]: r for r in read_csv(ESCO / "skills_en.csv") if r["skillType"] in ("knowledge", "skill/competence")}
    occupations = {r["conceptUri"]: r for r in read_csv(ESCO / "occupations_en.csv")}
    relations = defaultdict(lambda: {"essential": [], "optional": []})
    for r in read_csv(ESCO / "occupationSkillRelations.csv"):
        if r["skillUri"] in skills and r["occupationUri"] in occupations:
            relations[r["occupationUri"]][r["relationType"]].append(r["skillUri"])
    return skills, occupations, relations


def load_onet():
    titles = {r["O*NET-SOC Code"]: r["Title"] for r in read_csv(ONET / "Occupation_Data.csv")}
    elements = defaultdict(dict)  # code -> element id -> {name, im, lv}
    for name in ("Skills.csv", "Knowledge.csv"):
        for r in read_csv(ONET / name):
            if r["Recommend Suppress"] == "Y" or r["Not Relevant"] == "Y":
                continue
            entry = elements[r["O*NET-SOC Code"]].setdefault(r["Element ID"], {"name": r["Element Name"]})
            entry[r["Scale ID"]] = float(r["Data Value"])
    rows = ((r["concept_uri"], SOC_2010_TO_2019.get(r["onet_code"], r["onet_code"])) for r in read_csv(CROSSWALK))
    crosswalk = {uri: code for uri, code in rows if code in titles}
    return titles, elements, crosswalk


def words(label: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9+#]+", label.lower()) if w not in STOP and len(w) > 2}


def title_case(label: str) -> str:
    small = {"and", "of", "the", "in", "for", "with", "to", "on"}
    parts = re.split(r"(\s+)", label.strip())
    return "".join(p if (p.lower() in small and i) or p[:1].isupper() else p[:1].upper() + p[1:] for i, p in enumerate(parts))


def end(text: str) -> str:
    return "" if text.endswith("…") else "."


def first_sentence(text: str, limit: int = 170) -> str:
    text = " ".join(text.split())
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
    return sentence[:1].lower() + sentence[1:] if sentence[:2] != sentence[:2].upper() else sentence


class Catalogue:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.skills, self.occupations, self.relations = load_esco()
        self.onet_titles, self.onet_elements, self.crosswalk = load_onet()
        self.providers: list[dict] = []
        self.credentials: list[dict] = []

    # ----- skills -------------------------------------------------------------------------
    def occupation_skills(self, occ: str) -> list[tuple[str, str]]:
        rel = self.relations[occ]
        return [(u, "essential") for u in sorted(rel["essential"])] + [(u, "optional") for u in sorted(rel["optional"])]

    def pick_skills(self, occ: str, count: int, exclude: set[str]) -> tuple[str, list[str]]:
        """An anchor knowledge concept and the occupation's skills that share words with it."""
        pool = [(u, r) for u, r in self.occupation_skills(occ) if u not in exclude]
        anchors = [u for u, _ in pool if self.skills[u]["skillType"] == "knowledge"] or [u for u, _ in pool]
        anchor = self.rng.choice(anchors)
        key = words(self.skills[anchor]["preferredLabel"])

        def score(item: tuple[str, str]) -> tuple[float, float]:
            overlap = len(key & words(self.skills[item[0]]["preferredLabel"]))
            return (-(overlap * 2 + (item[1] == "essential")), self.rng.random())

        ranked = [u for u, _ in sorted((p for p in pool if p[0] != anchor), key=score)]
        return anchor, [anchor] + ranked[: max(0, min(count, len(pool)) - 1)]

    # ----- providers ----------------------------------------------------------------------
    def build_providers(self) -> None:
        for index, (name, code, country, region, domain, focus) in enumerate(PROVIDERS, start=1):
            kind = "training organisation" if domain.endswith(".example.org") else "higher-education institution"
            self.providers.append({
                "name": name, "country": country, "region": region, "website": f"https://{domain}/",
                "identifiers": [f"urn:example:provider:{code}", f"demo-registry:{country}-{index:04d}"],
                "qualityAssurance": f"Internal quality assurance aligned with ESG 2015 Part 1; programmes reviewed every "
                                    f"{self.rng.choice([3, 4, 5])} years with employer panels ({kind}).",
                "accreditation": f"{name} is {QA_BODY[country]}.",
                "_code": code, "_domain": domain, "_focus": focus,
            })

    def provider_occupations(self, provider: dict) -> list[str]:
        occs = [u for u, o in sorted(self.occupations.items())
                if any(o["code"].startswith(f) for f in provider["_focus"]) and len(self.occupation_skills(u)) >= 8]
        return self.rng.sample(occs, min(len(occs), self.rng.randint(4, 7)))

    # ----- titles and texts ---------------------------------------------------------------
    def title(self, ctype: str, anchor: str, occ: str, eqf: int, attempt: int) -> str:
        skill = self.skills[anchor]
        topic = title_case(re.sub(r"\s*\(.*?\)", "", skill["preferredLabel"]))
        role = title_case(self.occupations[occ]["preferredLabel"])
        noun = skill["skillType"] == "knowledge"
        options = {
            "MicroCredential": [f"{topic} Fundamentals", f"Applied {topic}", f"{topic} in Practice", f"Foundations of {topic}",
                                f"Advanced {topic}", f"{topic} for {role}s"] if noun else
                               [f"{topic}: Hands-on", f"{topic}: Practitioner Skills", f"Learn to {skill['preferredLabel']}"],
            "Badge": [f"{topic} Digital Badge", f"{topic} Skills Badge", f"{topic} Practitioner Badge"],
            "Course": [f"Introduction to {topic}" if noun else f"{topic}: Short Course", f"{topic}: Short Course", f"{topic} Essentials"],
            "Certification": [f"Certified {role} – {topic}", f"{role} Professional Certification", f"Certified {topic} Specialist"],
            "Certificate": [f"{'Postgraduate ' if eqf >= 7 else 'Professional '}Certificate in {topic}",
                            f"Professional Certificate: {role} Pathway", f"Certificate in {topic} for {role}s"],
            "Apprenticeship": [f"{role} Apprenticeship", f"{role} Apprenticeship ({topic})"],
            "Degree": [f"{'MSc' if eqf >= 7 else 'BSc'} in {topic}", f"{'MSc' if eqf >= 7 else 'BSc'} {role} Studies"],
        }[ctype]
        base = options[(attempt + self.rng.randrange(len(options))) % len(options)]
        return base + (" (Micro-credential)" if ctype == "MicroCredential" else "")

    def outcomes(self, uris: list[str]) -> list[str]:
        chosen = uris[: self.rng.randint(2, min(5, len(uris)))]
        result = []
        for u in chosen:
            s = self.skills[u]
            desc = first_sentence(s["description"]) if s["description"].strip() else ""
            if s["skillType"] == "knowledge":
                result.append(f"Learners can explain {s['preferredLabel']}" + (f": {desc}" if desc else " and apply it at work") + end(desc))
            else:
                result.append(f"Learners are able to {s['preferredLabel']}" + (f"; that is, {desc}" if desc else "") + end(desc))
        return result

    def description(self, provider: dict, ctype: str, occ: str, uris: list[str]) -> str:
        labels = [self.skills[u]["preferredLabel"] for u in uris]
        covered = ", ".join(labels[:4]) + (f" and {len(labels) - 4} further skills" if len(labels) > 4 else "")
        kind = {"MicroCredential": "micro-credential", "Certificate": "stackable certificate", "Badge": "digital badge",
                "Certification": "industry certification", "Course": "short course", "Apprenticeship": "apprenticeship",
                "Degree": "degree programme"}[ctype]
        return (f"A {kind} from {provider['name']} for people working towards the role of "
                f"{self.occupations[occ]['preferredLabel']} (ESCO). It covers {covered}.")

    # ----- Annex I elements ---------------------------------------------------------------
    def size(self, ctype: str, us: bool, eqf: int, stacked: bool) -> tuple[float | None, float | None]:
        """(ECTS, hours) with 1 ECTS = 25-30 notional learning hours."""
        r = self.rng
        rate = r.choice([25, 26, 27, 28, 30])
        if stacked:
            ects = r.choice([3, 4, 5, 6, 7.5, 10])
        elif ctype == "MicroCredential":
            ects = r.choice([1, 2, 2.5, 3, 3, 4, 5, 5, 6, 7.5, 8, 10, 12, 15])
        elif ctype == "Course":
            ects = r.choice([1, 2, 3, 4, 5]) if r.random() < 0.6 else None
        elif ctype == "Badge":
            ects = r.choice([0.5, 1, 2]) if r.random() < 0.3 else None
        elif ctype == "Certificate":
            ects = r.choice([15, 20, 20, 30])
        elif ctype == "Degree":
            ects = r.choice([90, 120]) if eqf >= 7 else r.choice([180, 210, 240])
        else:
            ects = None
        if ects is not None and not us:
            return ects, ects * rate
        hours = {"Badge": r.choice([6, 8, 12, 16, 24, 40]), "Certification": r.choice([24, 32, 40, 60, 80]),
                 "Apprenticeship": r.choice([1600, 2400, 3200, 4800])}.get(ctype)
        return None, float(hours if hours else (ects or r.choice([1, 2, 3, 4])) * rate)

    def duration(self, ctype: str, hours: float) -> int:
        if ctype in ("Degree", "Apprenticeship"):
            return int(hours / 1600 * 365)  # about 1,600 study or work hours a year
        per_week = self.rng.choice([4, 6, 8, 10, 15, 20])
        return max(1, round(hours / per_week * 7)) if hours > 8 else self.rng.choice([1, 2])

    def cost(self, ctype: str, ects: float | None, hours: float) -> float:
        r = self.rng
        if r.random() < (0.25 if ctype == "Badge" else 0.1):
            return 0.0
        if ctype in ("Degree", "Apprenticeship"):
            return float(r.choice([0, 0, 250, 480, 1200, 2500, 3000]))
        if ctype == "Certification":
            return float(r.choice([150, 200, 300, 395, 450, 600]))
        per_hour = r.choice([2, 3, 4, 5, 6, 8])
        return float(min(3000, max(25, round(hours * per_hour / 5) * 5)))

    def languages(self, provider: dict) -> list[str]:
        country, langs = provider["country"], [LANGUAGE[provider["country"]]]
        if country not in ("IE", "US") and self.rng.random() < 0.6:
            langs.append("en")
        extra = EXTRA_LANGUAGE.get(provider["region"]) or EXTRA_LANGUAGE.get(country)
        if extra and self.rng.random() < 0.15:
            langs.append(extra)
        return langs

    def regions(self, provider: dict, delivery: str) -> list[str]:
        result = [provider["region"]]
        if delivery == "Online" and self.rng.random() < 0.6:
            result.append(provider["country"])
        elif self.rng.random() < 0.3:
            others = [x for x in OTHER_REGIONS[provider["country"]] if x != provider["region"]]
            result += sorted(self.rng.sample(others, self.rng.randint(1, 2)))
        return result

    def validity(self, status: str) -> tuple[str, str | None]:
        r = self.rng
        if status == "Draft":
            start = TODAY + timedelta(days=r.randint(30, 240))
        elif status == "Retired":
            start = date(2021, 1, 1) + timedelta(days=r.randint(0, 600))
            return start.isoformat(), (start + timedelta(days=r.randint(365, 1200))).isoformat()
        else:
            start = date(2023, 1, 1) + timedelta(days=r.randint(0, 1300))
        until = start + timedelta(days=365 * r.randint(2, 5)) if r.random() < 0.7 else None
        return start.isoformat(), until.isoformat() if until else None

    # ----- credentials --------------------------------------------------------------------
    def external_id(self, provider: dict, occ: str) -> str:
        code = self.occupations[occ]["code"]
        area = next(a for prefix, a in AREA if code.startswith(prefix))
        provider["_n"] = provider.get("_n", 0) + 1
        return f"{provider['_code']}-{area}-{provider['_n']:03d}"

    def credential(self, provider: dict, ctype: str, occ: str, anchor: str, uris: list[str], stacked: bool = False) -> dict:
        r, us = self.rng, provider["country"] == "US"
        eqf = r.choice({"MicroCredential": [4, 5, 5, 6, 6, 6, 7], "Badge": [4, 5, 6], "Course": [4, 5, 6],
                        "Certification": [5, 6, 6, 7], "Certificate": [5, 6, 7], "Apprenticeship": [4, 5],
                        "Degree": [6, 6, 7]}[ctype])
        taken = provider.setdefault("_titles", set())
        title = next((t for t in (self.title(ctype, anchor, occ, eqf, a) for a in range(12)) if t not in taken), None)
        title = title or f"{self.title(ctype, anchor, occ, eqf, 0)} – {title_case(self.occupations[occ]['preferredLabel'])}"
        taken.add(title)
        ects, hours = self.size(ctype, us, eqf, stacked)
        status = r.choices(["Published", "Draft", "Retired"], weights=[86, 7, 7])[0]
        delivery = r.choice({"Degree": ["InPerson", "Blended"], "Apprenticeship": ["InPerson", "Blended"]}
                            .get(ctype, ["Online", "Online", "Online", "Blended", "Blended", "InPerson"]))
        assessment = r.choice({"Certification": ["Exam", "Exam", "Mixed"], "Badge": ["Practical", "Project", "Portfolio"],
                               "Course": ["None", "Exam", "Project", "Mixed"], "Apprenticeship": ["Practical", "Portfolio"],
                               "Degree": ["Mixed"], "Certificate": ["Mixed", "Project", "Portfolio"]}
                              .get(ctype, ["Project", "Exam", "Mixed", "Portfolio", "Practical"]))
        valid_from, valid_until = self.validity(status)
        external_id = self.external_id(provider, occ)
        cred = {
            "externalId": external_id, "provider": provider["name"], "title": title,
            "description": self.description(provider, ctype, occ, uris), "type": ctype, "status": status,
            "learningOutcomes": self.outcomes(uris), "ectsCredits": ects, "hours": hours, "eqfLevel": eqf,
            "nqfLevel": self.nqf(provider["country"], eqf), "assessmentType": assessment, "deliveryMode": delivery,
            "qualityAssuranceType": self.qa_type(provider, ctype), "prerequisites": None,
            "languages": self.languages(provider), "costAmount": self.cost(ctype, ects, hours),
            "costCurrency": "USD" if us else "EUR", "durationDays": self.duration(ctype, hours),
            "regions": self.regions(provider, delivery), "url": f"https://{provider['_domain']}/credentials/{external_id}",
            "validFrom": valid_from, "validUntil": valid_until,
            "ctid": f"ce-{uuid.uuid5(CTID_NAMESPACE, provider['name'] + '/' + external_id)}" if r.random() < 0.4 else None,
            "openBadgeId": f"https://{provider['_domain']}/badges/{external_id}/achievement" if ctype == "Badge" else None,
            "partOf": [], "alignments": self.alignments(ctype, assessment, uris, eqf),
            "_occupation": occ,
        }
        self.prerequisites(cred, occ, uris, eqf)
        self.credentials.append(cred)
        return cred

    def nqf(self, country: str, eqf: int) -> str | None:
        if self.rng.random() < 0.5 or country == "US":
            return None
        return {"DE": f"DQR {eqf}", "FR": f"Niveau {eqf}", "NL": f"NLQF {eqf}", "PL": f"PRK {eqf}", "FI": f"NQF {eqf}",
                "IE": f"NFQ {({4: 5, 5: 6, 6: 8, 7: 9})[eqf]}", "ES": f"MECES {({5: 1, 6: 2, 7: 3}).get(eqf, 1)}"}[country] \
            if not (country == "ES" and eqf == 4) else None

    def qa_type(self, provider: dict, ctype: str) -> str:
        if ctype == "Certification":
            return "Industry-endorsed examination"
        if provider["_domain"].endswith(".example.edu"):
            return self.rng.choice(["Institutional quality assurance (ESG)", "External programme accreditation"])
        return self.rng.choice(["External quality label", "Employer-panel review", "Institutional quality assurance (ESG)"])

    def alignments(self, ctype: str, assessment: str, uris: list[str], eqf: int) -> list[dict]:
        r = self.rng
        kind = "Assesses" if ctype == "Certification" else "Teaches"
        with_level = r.random() < 0.5
        result = []
        for i, u in enumerate(uris):
            weight = 1.0 if i == 0 else round(max(0.1, 0.95 - i * 0.07 - r.random() * 0.2), 2)
            result.append({"competencyUri": u, "type": kind, "proficiencyLevel": float(eqf) if with_level else None, "weight": weight})
        if kind == "Teaches" and assessment in ("Exam", "Mixed") and r.random() < 0.35:
            result.append({"competencyUri": uris[0], "type": "Assesses", "proficiencyLevel": float(eqf), "weight": 1.0})
        return result

    def prerequisites(self, cred: dict, occ: str, uris: list[str], eqf: int) -> None:
        if cred["type"] == "Degree":
            cred["prerequisites"] = ("A bachelor's degree in computing or a related field (EQF 6)." if eqf >= 7
                                     else "A secondary-school leaving certificate or equivalent (EQF 4).")
            return
        if self.rng.random() > 0.35:
            return
        pool = [u for u, _ in self.occupation_skills(occ) if u not in uris]
        needed = sorted(self.rng.sample(pool, min(len(pool), self.rng.randint(1, 2))))
        if not needed:
            return
        labels = " and ".join(self.skills[u]["preferredLabel"] for u in needed)
        cred["prerequisites"] = f"Working knowledge of {labels}, or equivalent professional experience."
        cred["alignments"] += [{"competencyUri": u, "type": "Requires", "proficiencyLevel": float(max(1, eqf - 1)), "weight": 0.5}
                               for u in needed]

    def stack(self, provider: dict, occ: str) -> None:
        """A Certificate built from 2-4 micro-credentials of the same provider (parts listed first)."""
        anchor, uris = self.pick_skills(occ, self.rng.randint(8, 12), set())
        parts = self.rng.randint(2, min(4, len(uris) // 3))
        chunks = [uris[i::parts] for i in range(parts)]
        made = [self.credential(provider, "MicroCredential", occ, chunk[0], chunk, True) for chunk in chunks]
        whole = self.credential(provider, "Certificate", occ, anchor, uris)
        if whole["ectsCredits"] is not None and all(m["ectsCredits"] for m in made):
            whole["ectsCredits"] = sum(m["ectsCredits"] for m in made) + self.rng.choice([0, 0, 1, 2, 3])
            whole["hours"] = float(sum(m["hours"] for m in made) + (whole["ectsCredits"] - sum(m["ectsCredits"] for m in made)) * 25)
        else:
            whole["hours"] = float(sum(m["hours"] for m in made))
        whole["durationDays"] = max(m["durationDays"] for m in made) * 2
        whole["costAmount"] = float(min(3000, round(sum(m["costAmount"] for m in made) * 0.9 / 5) * 5))
        for m in made:
            m["partOf"] = [whole["externalId"]]

    def build_provider_catalogue(self, provider: dict) -> None:
        occs = self.provider_occupations(provider)
        for occ in occs[: 1 if self.rng.random() < 0.6 else 2]:
            self.stack(provider, occ)
        target = self.rng.randint(12, 16)
        while provider["_n"] < target:
            ctype = self.rng.choices([t for t, _ in TYPE_WEIGHTS], weights=[w for _, w in TYPE_WEIGHTS])[0]
            occ = self.rng.choice(occs)
            count = {"Degree": 12, "Apprenticeship": 10, "Certification": self.rng.randint(4, 8)}.get(ctype, self.rng.randint(3, 7))
            anchor, uris = self.pick_skills(occ, count, set())
            self.credential(provider, ctype, occ, anchor, uris)

    # ----- O*NET alignments for some US credentials ---------------------------------------
    def onet_ranked(self, code: str) -> list[tuple[str, dict]]:
        """The occupation's twelve most important rated skill/knowledge elements (rated rows only)."""
        rated = ((e, v) for e, v in self.onet_elements.get(code, {}).items() if "IM" in v and "LV" in v)
        return sorted(rated, key=lambda item: (-item[1]["IM"], item[0]))[:12]

    def add_onet(self) -> None:
        us = [c for c in self.credentials if c["costCurrency"] == "USD"]
        eligible = [c for c in us if len(self.onet_ranked(self.crosswalk.get(c["_occupation"], ""))) >= 4]
        for cred in self.rng.sample(eligible, min(len(eligible), round(len(us) * ONET_SHARE_US))):
            code = self.crosswalk[cred["_occupation"]]
            ranked = self.onet_ranked(code)
            kind = "Assesses" if cred["type"] == "Certification" else "Teaches"
            for element, values in sorted(self.rng.sample(ranked, self.rng.randint(2, 4))):
                cred["alignments"].append({"competencyUri": ONET_ELEMENT.format(element), "type": kind,
                                           "proficiencyLevel": round(values["LV"], 2), "weight": round(values["IM"] / 5, 2)})
            cred["description"] += f" Also aligned to O*NET {code} {self.onet_titles[code]}."

    def build(self) -> dict:
        self.build_providers()
        for provider in self.providers:
            self.build_provider_catalogue(provider)
        self.add_onet()
        return {
            "schemaVersion": 1,
            "about": ("Demonstration data, not real offers: fictional providers with credentials generated from real "
                      "ESCO v1.1.1 (ICT subset) and O*NET 29.3 slices by seed-data/demo-catalogue/generate.py."),
            "attribution": [
                "This service uses the ESCO classification of the European Commission.",
                "This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, "
                "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.",
            ],
            "providers": [{k: v for k, v in p.items() if not k.startswith("_")} for p in self.providers],
            "credentials": [{k: v for k, v in c.items() if not k.startswith("_")} for c in self.credentials],
        }


def summary(doc: dict) -> str:
    creds = doc["credentials"]
    aligns = [a for c in creds for a in c["alignments"]]

    def count(key: str) -> dict[str, int]:
        return dict(sorted(Counter(c[key] for c in creds).items()))

    return "\n".join([
        f"providers: {len(doc['providers'])} in {len({p['country'] for p in doc['providers']})} countries",
        f"credentials: {len(creds)}", f"types: {count('type')}", f"statuses: {count('status')}",
        f"alignments: {len(aligns)} (O*NET {sum(1 for a in aligns if 'onetonline' in a['competencyUri'])}, "
        f"distinct URIs {len({a['competencyUri'] for a in aligns})})",
        f"parts (partOf edges): {sum(len(c['partOf']) for c in creds)}",
    ])


def main() -> int:
    doc = Catalogue().build()
    assert len(doc["credentials"]) >= 320 and len(doc["providers"]) >= 24
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(doc, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    print(f"wrote {OUT.relative_to(HERE.parent.parent)}\n{summary(doc)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
