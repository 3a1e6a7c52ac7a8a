"""Render the blind sets written in inline markup (src/<split>.txt) to data/pii_eval/<split>.jsonl.

Each set was written and labelled by a helper that read only the label guidelines, the policy
table and the docs, one text per paragraph with every value as `{value|policy}`; `call_markup.py`
checks every span and writes the split. Run from anywhere (no name renders them all):

    .venv/bin/python data/pii_eval/src/blind_sets.py [extra_dev17 ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from call_markup import write_split

TUNING = ("written and labelled blind (before piikit was run on it, without reading piikit/detect, tests, "
          "benchmarks, scripts, test or the other splits); its first score is the honest estimate, then a "
          "tuning split like dev")
SETS = {  # split: (id prefix, what was written)
    "extra_dev10": ("x10-c", "hand-written whole-call transcripts (36 calls, Whisper style, 4 fully lower-case with spoken numbers)"),
    "extra_dev11": ("x11-c", "hand-written whole-call transcripts (30 calls, Whisper style, 5 fully lower-case with numbers in words)"),
    "extra_dev12": ("x12-c", "hand-written whole-call transcripts (28 calls in new domains and countries, 5 fully lower-case with numbers in words)"),
    "extra_dev13": ("x13-", "hand-written single utterances in phone-call transcript style (numbers and codes of 23 policies from many industries and countries, cue before, after, far, in a question or absent; Whisper-formatted, spoken and spelled values; partial values, corrections and read-backs; numeric look-alikes without PII; a quarter fully lower-cased)"),
    "extra_dev14": ("x14-c", "hand-written whole-call transcripts (26 calls in new domains and countries, disfluent and ASR-like, 3 fully lower-case with numbers in words, 2 without PII)"),
    "extra_dev15": ("x15-", "hand-written single utterances (338, 73 without PII, about a quarter fully lower-case) from utility, telco, bank, insurer, clinic, pharmacy, airline, car-rental, courier, returns, government, DMV, immigration, university, app-support, property, vet and legal calls by callers from many countries, about which of the number-carrying policies a spoken or Whisper-formatted number belongs to, with numeric look-alikes"),
    "extra_dev16": ("x16-c", "hand-written whole-call transcripts (26 calls in new domains and countries: pest control, scholarships, wedding venue, dialysis transport, consulate, ferry, student loans, home care, solar, foster care, satellite TV, debt collection, pet insurance, cemetery, hospital IT desk, taxi lost property, rugby club, poison control, timeshare, orthodontist, customs duty, jury duty, food bank, mobile-home park; a library and a farm-supply call without PII; 2 fully lower-case with numbers in words)"),
    "extra_dev17": ("x17-", "hand-written single utterances (customer calls, voicemails, telehealth, insurance claims, HR, support chats read aloud, 911-style reports, school and social-services calls; all 44 policies, 80 look-alike lines without PII, a quarter fully lower-cased with numbers in words)"),
    "extra_dev18": ("x18-c", "hand-written whole-call transcripts (24 calls, disfluent Whisper style with self-corrections, read-backs and an ASR slip or two: phone upgrade, smart meter, student housing, wedding photographer, rideshare support, imaging reschedule, visa centre, dealership service, dental claim, kids' camp, fraud callback, alarm monitoring, care home, flight rebooking, tenant repair, GP repeat prescription, personal trainer, students' union, employment advice, parking appeal, therapy intake, crypto tax; a courier and an animal-rescue call without PII; callers of 20 countries and backgrounds; all 44 policies at least 5 times)"),
    "extra_dev19": ("x19-", "hand-written single utterances (420, 90 numeric look-alikes without PII, a quarter fully lower-case with numbers in words) from customer-service, clinic, bank, insurer, courier, airline, utility, government, IT help-desk, school, HR and police non-emergency calls, about which policy a number or code belongs to: 85 number_sequence spans with varied cues (before, after, earlier sentence, question then answer, none; spelled, NATO-spelled, dashed and alphanumeric codes; read-backs and corrections) against at least 15 spans of each competing number policy; all 44 policies)"),
    "extra_dev22": ("x22-c", "hand-written whole-call transcripts (24 calls, disfluent Whisper style with self-corrections, read-backs, letter-by-letter and NATO spelling, values answered a sentence or two after their question and unusual cues: veterinary emergency, funeral home, bail bonds, recruitment agency, moving company, fertility clinic, tax amnesty, water leak, airline pet cargo, tenancy deposit dispute, e-scooter crash, compounding pharmacy, hearing-aid repair, school transport, marina, private investigator, credit repair, wedding dress alterations, gym freeze, blood donation, car auction, home flood claim; a bike workshop and an appliance-support call without PII; 3 fully lower-case with numbers in words; callers of 15 countries with their ID and tax numbers; all 44 policies at least 5 times, 42 number_sequence)"),
    "extra_dev23": ("x23-", "hand-written single utterances (520, 110 look-alikes without PII, a quarter fully lower-case with numbers in words) from customer-service, clinic, bank, insurer, courier, airline, utility, government, IT, school, HR, retail, repair, hotel, ticketing, library, gym and legal calls: 125 number_sequence spans of 30 kinds (cue before, after, in an earlier question or implied; Whisper digits, dashed and alphanumeric codes, spoken, spelled and NATO-spelled, fillers and corrections inside, partial values, read-backs) against 15 spans of each competing number policy; all 44 policies at least 8 times"),
    "extra_dev26": ("x26-", "hand-written single utterances (480, 90 look-alikes without PII, 120 fully lower-case with numbers in words) from marinas, vineyards, permits, pawn shops, tattoo studios, courier depots, coworking spaces, ski rentals, blood banks, zoos, print shops, embassies, charter buses, escape rooms, orchestras, ports, crematoria, refugee services, sports leagues, labs and more, balanced like a benchmark: every policy 13-26 spans, number_sequence 46"),
    "extra_dev29": ("x29-", "hand-written single utterances (450, 80 look-alikes without PII, about 120 fully lower-case) from real-sounding calls and voicemails of callers of many countries (neighbours, family, small businesses, public services, emergencies, recruiters, landlords, coaches, vets, schools): all 44 policies 9-14 spans, number_sequence 60; held out in session 8 until its end score, then a tuning split"),
    "extra_dev24": ("x24-c", "hand-written whole-call transcripts (24 calls, 6,028 words, 671 spans; disfluent Whisper style with self-corrections, read-backs, NATO and letter-by-letter spelling: passport renewal, roadside assistance, cord-blood bank, music-school enrolment, hotel overbooking, union dues, adoption agency, crop insurance, bridge-toll penalty, mail-order pharmacy, transcript request, pension death benefit, ISP support, road test, appliance warranty, windscreen claim, postal redirection, EV charger, travel medical assistance, allergy results, lost bank card, lease return; a takeaway and a garden-centre call without PII; 3 fully lower-case with numbers in words; callers of 19 countries; all 44 policies at least 5 times, 50 number_sequence)"),
    "extra_dev33": ("x33-", "hand-written single utterances (500, 100 look-alikes without PII, about a quarter fully lower-case with numbers in words) from car-insurance, pharmacy, student-loan, utility, telco, airline, hospital, dental, vet, bank, payroll, benefits, DMV, consulate, courier, IT help-desk, landlord and school calls, written blind in session 9: which policy a number belongs to when the cue is an everyday word, comes after the value, sits in the agent's question or is split by fillers; 14 number-carrying policies at least 20 spans each, number_sequence 57; all 44 policies at least 8 times"),
    "extra_dev34": ("x34-c", "hand-written whole-call transcripts (24 calls, 610 spans, written blind in session 10 and held out for the whole of it: plumber, sports club, hospice, translation agency, bicycle theft, festival refund, library fine, pet microchip registry, kindergarten waitlist, storm claim, tax preparer, caterer, boat licence, hearing clinic, refugee legal clinic, crowdfunding payout and more; 2 calls without PII, 3 fully lower-case with numbers in words; callers of about 20 countries; all 44 policies at least 5 times, 49 number_sequence, 64 organization)"),
    "extra_dev35": ("x35-", "hand-written single utterances (450, 1,000 spans, 54 without PII, 121 fully lower-case with numbers in words), written blind in session 10: 300 organization spans (named mid-sentence, by abbreviation, possessive, in lower case) against look-alikes (generic places, departments, capitalised job titles), 101 number_sequence against 13-16 spans of each competing number policy and 117 lines with numbers that are no PII; all 44 policies"),
    "extra_dev38": ("x38-c", "hand-written whole-call transcripts (24 calls, 5,720 words, 672 spans, written blind in session 11 and held out for the whole of it: 22 unusual domains, callers of about 20 countries, 3 fully lower-case with numbers in words, 2 calls without PII; all 44 policies at least 6 times, 50 number_sequence, 64 organization)"),
    "extra_dev39": ("x39-", "hand-written single utterances (450, 671 spans, 80 look-alikes without PII, 114 fully lower-case with numbers in words), written blind in session 11 and held out for the whole of it: calls and voicemails of many countries; all 44 policies at least 8 spans, number_sequence 57, organization 92"),
    "extra_dev40": ("x40-", "hand-written single utterances (500, 671 spans, 90 look-alikes without PII, 130 fully lower-case), written blind in session 11 about what is hard: 122 organization (local businesses, everyday-word brands, lower case), 75 person_name, 64 location, 60 number_sequence against the ID policies; all 44 policies"),
    "extra_dev41": ("x41-c", "hand-written whole-call transcripts (20 calls, 507 spans, written blind in session 11: unusual domains, callers of 16 countries greeting and thanking in their own languages, read-backs, 3 fully lower-case, 2 without PII; all 44 policies at least 5 times)"),
    "extra_dev42": ("x42-c", "hand-written whole-call transcripts (24 calls, 5,810 words, 624 spans, written blind in session 11: calls to US, Canadian, British and Australian businesses and public services, 4 fully lower-case, 2 without PII; all 44 policies at least 5 times, 46 number_sequence, 60 organization)"),
    "extra_dev43": ("x43-c", "hand-written whole-call transcripts (24 calls, 537 spans, written blind in session 11: recorded calls in the United States as a small Whisper model writes them, 5 fully lower-case without punctuation, 2 without PII; all 44 policies at least 5 times, 47 number_sequence, 58 organization)"),
    "extra_dev44": ("x44-", "hand-written single utterances (500, 787 spans, 100 look-alikes without PII, 152 fully lower-case), written blind in session 11: turns and voicemails of calls to US, Canadian and UK businesses and services; all 44 policies at least 10 spans, number_sequence 70, organization 82"),
    "extra_dev37": ("x37-", "hand-written single utterances (420, 902 spans, 80 look-alikes without PII, 112 fully lower-case with numbers in words), written blind in session 10 and held out for the whole of it: callers' and agents' turns and voicemails of customer service, clinics, insurers, banks, utilities, landlords, schools, government offices, delivery, travel and small businesses, callers of many countries; all 44 policies at least 8 spans, number_sequence 53, organization 93"),
}


def main(names: list[str]) -> None:
    """Render the named blind sets, or all of them."""
    unknown = sorted(set(names) - set(SETS))
    if unknown:
        sys.exit(f"unknown blind set(s) {unknown}; known: {', '.join(SETS)}")
    here = Path(__file__).resolve().parent
    for split in names or SETS:
        prefix, what = SETS[split]
        write_split(here / f"{split}.txt", split, prefix, {
            "tuning": TUNING,
            "generator": f"{what} in src/{split}.txt, rendered by src/blind_sets.py with src/call_markup.py"})


if __name__ == "__main__":
    main(sys.argv[1:])
