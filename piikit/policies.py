"""The one table of PII policies: names, tags, groups, descriptions and examples.

Everything that needs to know a policy (params validation, detection, redaction, the form,
the exports) imports it from here. Names and descriptions follow AssemblyAI's PII
Redaction docs; the extra entity names known to the official SDK are accepted as aliases.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches
from typing import Iterable, Sequence

from piikit.errors import ParamError


@dataclass(frozen=True)
class Policy:
    """One redaction policy: its API name, tag, preset group, description and examples."""

    name: str
    group: str
    description: str
    examples: tuple[str, ...] = ()

    @property
    def tag(self) -> str:
        """The `entity_name` substitution for a word of this policy, e.g. ``[PERSON_NAME]``."""
        return f"[{self.name.upper()}]"


_TABLE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("account_number", "financial", "Customer account or membership identification number",
     ("Policy No. 10042992", "Member ID: HZ-5235-001")),
    ("banking_information", "financial", "Banking information, including account and routing numbers",
     ("routing number 021000021", "IBAN GB82 WEST 1234 5698 7654 32")),
    ("blood_type", "medical", "Blood type", ("O-", "AB positive")),
    ("credit_card_cvv", "financial", "Credit card verification code", ("CVV: 080",)),
    ("credit_card_expiration", "financial", "Expiration date of a credit card", ("expires 11/27",)),
    ("credit_card_number", "financial", "Credit card number", ("4111 1111 1111 1111",)),
    ("date", "temporal", "Specific calendar date", ("December 18",)),
    ("date_interval", "temporal",
     "Broader time periods, including date ranges, months, seasons, years, and decades",
     ("2020-2021", "5-9 May", "January 1984")),
    ("date_of_birth", "demographic", "Date of birth", ("Date of Birth: March 7, 1961",)),
    ("drivers_license", "government_id", "Driver's license number", ("DL# 356933-540",)),
    ("drug", "medical", "Medications, vitamins, or supplements", ("Advil", "Acetaminophen", "Panadol")),
    ("duration", "temporal", "Measurements of time expressed as a numerical value plus a unit",
     ("8 months", "2 years")),
    ("email_address", "contact", "Email address", ("support@assemblyai.com",)),
    ("event", "other", "Name of an event or holiday", ("Olympics", "Yom Kippur")),
    ("filename", "technical", "Names of computer files, including the extension or filepath",
     ("Taxes/2012/brad-tax-returns.pdf",)),
    ("gender_sexuality", "demographic",
     "Terms indicating gender identity or sexual orientation, including slang terms",
     ("female", "bisexual", "trans")),
    ("healthcare_number", "medical", "Healthcare numbers and health plan beneficiary numbers",
     ("Policy No.: 5584-486-674-YM",)),
    ("injury", "medical", "Bodily injury", ("I broke my arm", "I have a sprained wrist")),
    ("ip_address", "technical", "Internet IP address, including IPv4 and IPv6 formats", ("192.168.0.1",)),
    ("language", "demographic", "Name of a natural language", ("Spanish", "French")),
    ("location", "contact",
     "Any Location reference including mailing address, postal code, city, state, province, "
     "country, or coordinates.", ("Lake Victoria", "145 Windsor St.", "90210")),
    ("marital_status", "demographic", "Terms indicating marital status",
     ("Single", "common-law", "ex-wife", "married")),
    ("medical_condition", "medical",
     "Name of a medical condition, disease, syndrome, deficit, or disorder",
     ("chronic fatigue syndrome", "arrhythmia", "depression")),
    ("medical_process", "medical", "Medical process, including treatments, procedures, and tests",
     ("heart surgery", "CT scan")),
    ("money_amount", "financial", "Name and/or amount of currency", ("15 pesos", "$94.50")),
    ("nationality", "demographic", "Terms indicating nationality, ethnicity, or race",
     ("American", "Asian", "Caucasian")),
    ("number_sequence", "other",
     "Numerical PII (including alphanumeric strings) that doesn't fall under other categories",
     ("reference 4471 9920",)),
    ("occupation", "demographic", "Job title or profession", ("professor", "actors", "engineer", "CPA")),
    ("organization", "other", "Name of an organization",
     ("CNN", "McDonalds", "University of Alaska", "Northwest General Hospital")),
    ("passport_number", "government_id", "Passport numbers, issued by any country",
     ("PA4568332", "NU3C6L86S12")),
    ("password", "technical", "Account passwords, PINs, access keys, or verification answers",
     ("27%alfalfa", "temp1234", "My mother's maiden name is Smith")),
    ("person_age", "demographic", "Number associated with an age", ("27", "75")),
    ("person_name", "contact", "Name of a person", ("Bob", "Doug Jones", "Dr. Kay Martinez, MD")),
    ("phone_number", "contact", "Telephone or fax number", ("415-555-0123",)),
    ("physical_attribute", "demographic", "Distinctive bodily attributes, including race",
     ("I'm 190cm tall",)),
    ("political_affiliation", "demographic",
     "Terms referring to a political party, movement, or ideology", ("Republican", "Liberal")),
    ("religion", "demographic", "Terms indicating religious affiliation", ("Hindu", "Catholic")),
    ("statistics", "medical", "Medical statistics", ("18%", "18 percent")),
    ("time", "temporal", "Expressions indicating clock times", ("19:37:28", "10pm EST")),
    ("url", "technical", "Internet addresses", ("https://www.assemblyai.com/",)),
    ("us_social_security_number", "government_id", "Social Security Number or equivalent",
     ("123-45-6789",)),
    ("username", "technical", "Usernames, login names, or handles", ("@AssemblyAI",)),
    ("vehicle_id", "government_id",
     "Vehicle identification numbers (VINs), vehicle serial numbers, and license plate numbers",
     ("5FNRL38918B111818", "BIF7547")),
    ("zodiac_sign", "demographic", "Names of Zodiac signs", ("Aries", "Taurus")),
)

POLICIES: dict[str, Policy] = {
    name: Policy(name, group, description, examples) for name, group, description, examples in _TABLE
}
"""The 44 policies of the docs table, by name, in alphabetical order."""

ALIASES: dict[str, tuple[str, ...]] = {
    "gender": ("gender_sexuality",),
    "sexuality": ("gender_sexuality",),
    "location_address": ("location",),
    "location_address_street": ("location",),
    "location_city": ("location",),
    "location_coordinate": ("location",),
    "location_country": ("location",),
    "location_state": ("location",),
    "location_zip": ("location",),
    "organization_medical_facility": ("organization",),
    "organization_id": ("number_sequence",),
    "day": ("date",),
    "month": ("date_interval",),
    "year": ("date_interval",),
    "medical_code": ("number_sequence",),
    "financial_metric": ("money_amount", "statistics"),
    "trend": ("statistics",),
    "corporate_action": ("event",),
    "effect": ("medical_condition",),
    "product": ("organization",),
    "project": ("event",),
}
"""The 21 further entity names of the official SDK, each mapped to the policies that detect it."""

GROUPS: dict[str, tuple[str, ...]] = {}
for _p in POLICIES.values():
    GROUPS[_p.group] = GROUPS.get(_p.group, ()) + (_p.name,)

PRESETS: dict[str, tuple[str, ...]] = {
    "all": tuple(POLICIES),
    "contact": GROUPS["contact"],
    "financial": GROUPS["financial"],
    "government IDs": GROUPS["government_id"],
    "medical": GROUPS["medical"],
    "demographic": GROUPS["demographic"],
}
"""Named selections offered by the CLI (``--policies contact``) and the notebook form."""

KNOWN_NAMES: tuple[str, ...] = tuple(sorted((*POLICIES, *ALIASES)))


def unknown_policies(unknown: Sequence[str], near_to: Iterable[str], listing: Sequence[str], label: str) -> str:
    """"unknown policy 'person_nam' (did you mean 'person_name' or 'person_age'?)." for names no list holds, with
    the nearest of `near_to`; `listing` is shown after `label` only when some name has nothing near."""
    choices, guesses, all_near = list(near_to), [], True
    for name in unknown:
        near = get_close_matches(name, choices, n=3)
        guesses.append(f"{name!r}" + (f" (did you mean {' or '.join(map(repr, near))}?)" if near else ""))
        all_near = all_near and bool(near)
    return (f"unknown polic{'y' if len(unknown) == 1 else 'ies'} {', '.join(guesses)}."
            + ("" if all_near else f" {label}: {', '.join(listing)}."))


def resolve_policies(names: Iterable[str], field: str = "redact_pii_policies") -> list[str]:
    """Map requested names (policies or SDK aliases) to the sorted, unique policies we detect.

    Raises `ParamError` naming the unknown entries and listing the valid names.
    """
    if isinstance(names, str) or not all(isinstance(n, str) for n in names):
        raise ParamError(f"{field} must be a list of strings", field)
    unknown = [n for n in names if n not in POLICIES and n not in ALIASES]
    if unknown:
        raise ParamError(f"{field} contains {unknown_policies(unknown, KNOWN_NAMES, KNOWN_NAMES, 'Valid policies')}", field)
    out: set[str] = set()
    for n in names:
        out.update(ALIASES.get(n, (n,)))
    return sorted(out)
