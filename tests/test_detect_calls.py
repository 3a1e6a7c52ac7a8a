"""find_pii on lines as they come in whole calls: a value whose cue is a verb, a question before it,
or its plausible range rather than a label (bare clock times, blood pressure, amounts in many
currencies). Positives name the text that must be found with its policy; negatives a piece that
must not get that policy. Lines are written for these tests, not taken from data/pii_eval.
"""

from __future__ import annotations

import pytest

from piikit.detect import Entity, find_pii

POSITIVES: list[tuple[str, str, str]] = [
    # (policy, line, text that must be covered by an entity of that policy)
    ("time", "Does the pharmacy close at ten? It closes at ten on weekdays.", "ten"),
    ("time", "We open at eight on Sundays and at seven on Monday.", "seven"),
    ("time", "The store opens at 9 tomorrow.", "9"),
    ("time", "Check-out is at 12.", "12"),
    ("time", "When can you pick it up? By five, I think.", "five"),
    ("time", "Is the clinic open Saturday? Saturday, from 10 to 2.", "10 to 2"),
    ("time", "The plumber can come between eight and eleven.", "eight and eleven"),
    ("time", "My shift starts at six sharp.", "six"),
    ("time", "Please call me back after four.", "four"),
    ("time", "the power went out at like nine twenty last night", "nine twenty"),
    ("time", "what time suits you? let me see, i've got ten fifteen, does that work?", "ten fifteen"),
    ("time", "I paid it online at about nine forty in the evening", "nine forty"),
    ("statistics", "Did you check it at home? Yes, it said 136 over 84.", "136 over 84"),
    ("statistics", "it was one sixty over ninety five on tuesday", "one sixty over ninety five"),
    ("statistics", "The machine at the pharmacy read 124/79, so that's fine.", "124/79"),
    ("money_amount", "They refund 3,500 naira for the trip.", "3,500 naira"),
    ("money_amount", "The form costs 40 cedis at the post office.", "40 cedis"),
    ("money_amount", "I sent 2,000 Kenyan shillings by M-Pesa.", "2,000 Kenyan shillings"),
    ("money_amount", "the room was 1,800 baht a night", "1,800 baht"),
    ("money_amount", "the deposit is 2 lakh rupees", "2 lakh rupees"),
    ("money_amount", "she paid ₦12,000 at the lab", "₦12,000"),
    ("money_amount", "the transfer was KSh 7,500", "KSh 7,500"),
    ("money_amount", "it came to 90 reais with the tip", "90 reais"),
    ("money_amount", "Were you approved for the mortgage? Yes, for up to four hundred fifty thousand.",
     "four hundred fifty thousand"),
    ("money_amount", "What salary are you after? Somewhere around ninety five thousand.", "ninety five thousand"),
    ("money_amount", "can i pay rent on monday instead? i'll have the twelve hundred by then.", "twelve hundred"),
    ("money_amount", "the phone plan is forty four ninety nine a month", "forty four ninety nine"),
    ("location", "the flat is at 1200 Square Lane", "1200 Square Lane"),
    ("money_amount", "she makes about 85k a year", "85k"),
    # injuries of the hand and face said as what happened, and marital status said every way
    ("injury", "he burned his forearm at work last week", "burned his forearm"),
    ("injury", "he lost the tip of his finger on the boat", "lost the tip of his finger"),
    ("injury", "I got a tetanus shot after I stepped on a rusty nail", "stepped on a rusty nail"),
    ("marital_status", "My sister April is married to a pilot with Emirates", "married"),
    ("marital_status", "she's married to an engineer from Lagos", "married"),
    ("marital_status", "We're not married to a plan yet. My brother is married to a nurse.", "married to a nurse"),
    ("date_interval", "We moved here in the spring of 2019.", "spring of 2019"),
    ("number_sequence", "my order number is 4471 2290 and the part number is 55-1023-B", "4471 2290"),
    ("marital_status", "My husband and I are separated but we still share the account.", "separated"),
    ("marital_status", "we're cohabiting so do we count as one household", "cohabiting"),
    ("marital_status", "my estranged husband keeps calling in pretending to be me", "estranged husband"),
    ("person_age", "my son works at the burger place he's sixteen do i need to sign something", "sixteen"),
    ("account_number", "Agent: your policy number please? Caller: Sure. The first part is 8831, okay, and then 2047 561.",
     "2047 561"),
    # a value named after a model number said in the same breath is that value's, whatever its kind
    ("account_number", "I don't know the model number. My account number is 48213.", "48213"),
    ("drivers_license", "I don't know the model number but my licence number is D0991740", "D0991740"),
    ("passport_number", "no model number, my passport is K4471093", "K4471093"),
    ("healthcare_number", "can I get the member ID on your health plan card? Okay, it's XWK 448 120 67. There you are. "
     "So X-ray, whiskey, kilo, four four eight, one two zero, six seven. Yep.", "X-ray, whiskey, kilo, four four eight"),
    # currencies of other countries by their own signs and names
    ("money_amount", "the refund is Rp 95.000 to your wallet", "Rp 95.000"),
    ("money_amount", "the bus from Kaohsiung was NT$620", "NT$620"),
    ("money_amount", "my loan balance is N$7,250", "N$7,250"),
    ("money_amount", "the taxi to Miraflores was S/ 40", "S/ 40"),
    ("money_amount", "we sent 80,000 CFA francs to my aunt in Dakar", "80,000 CFA francs"),
    ("money_amount", "the ferry ticket cost 320 kr each way", "320 kr"),
    ("money_amount", "dinner in Hanoi came to 450,000₫", "450,000₫"),
    ("money_amount", "the clinic in Kampala charged USh 60,000", "USh 60,000"),
    ("money_amount", "it was 15 gourdes for the tap-tap", "15 gourdes"),
    # the people of smaller countries and peoples, said of oneself or one's family
    ("nationality", "I'm Paraguayan, I moved here in 2015", "Paraguayan"),
    ("nationality", "my husband is Bahraini and I'm Omani", "Bahraini"),
    ("nationality", "my husband is Bahraini and I'm Omani", "Omani"),
    ("nationality", "she's Sierra Leonean, born in Bo", "Sierra Leonean"),
    ("nationality", "my grandmother was yoruba from ibadan", "yoruba"),
    ("nationality", "we're cajun on my father's side", "cajun"),
    ("nationality", "he's Kuwaiti, so the visa is different", "Kuwaiti"),
    ("nationality", "And a phone number? My Vietnamese number, +84 912 407 388.", "Vietnamese"),
    ("nationality", "they towed my car the romanian plate b four two one m x d", "romanian"),
    # holidays of other calendars; "it's for" is no letter being spelled ("S for Sugar")
    ("event", "we're flying back to Kathmandu for Dashain", "Dashain"),
    ("event", "the shop is closed on Koningsdag", "Koningsdag"),
    ("event", "i donated on giving tuesday", "giving tuesday"),
    ("event", "It's for Lunar New Year, so it has to arrive by Friday", "Lunar New Year"),
    ("event", "Is that Eid you're travelling for?", "Eid"),
    ("event", "the hotel is full for the Kandy Perahera", "Kandy Perahera"),
    # an extension said aloud, letter by letter or of a design file
    ("filename", "the file is photo underscore two two dot h e i c and it won't upload", "photo underscore two two dot h e i c"),
    ("filename", "i lost a file called banner final dot psd when it crashed", "banner final dot psd"),
    ("filename", "the tree is saved as nguyen_family.ged on the stick", "nguyen_family.ged"),
    # a family member named by an everyday word, capitalized as only names are
    ("person_name", "My son Chase needs his booster before school.", "Chase"),
    ("person_name", "My late wife Summer was the main holder.", "Summer"),
    ("person_name", "My daughter Faith has the flu.", "Faith"),
    ("person_name", "hi i'm summer jones my date of birth is june fourth", "summer jones"),
    # an everyday-word name found once is the person where the call greets or thanks them by it
    ("person_name", "this is jade with billing how can i help ... your reference is 4471 thank you jade have a nice day",
     "jade have"),
    ("person_name", "this is ray how can i help ... okay that's done no worries ray have a good day", "ray have"),
    ("person_name", "yeah this is rain cooper from the front desk", "rain cooper"),
    # a code or handle with letters, read back in pieces, is the same value
    ("username", "What's your username? bokafor12. Let me check, b o k a f o r one two.", "b o k a f o r one two"),
    ("username", "My login is tlinde3 and it's locked. So t linde three? Yes.", "t linde three"),
    ("healthcare_number", "my health plan member ID is QWP 448 120 67. So Quebec, whiskey, papa, four four eight, "
     "one two zero, six seven?", "Quebec, whiskey, papa, four four eight, one two zero, six seven"),
    ("number_sequence", "the claim number is CLM 5508 2291. So C L M, five five oh eight, two two nine one.",
     "C L M, five five oh eight, two two nine one"),
    ("username", "I can't remember my username. Agent: It's pdubois_yul, I'll send a link.", "pdubois_yul"),
    # a one-time code, asked to be read or asked for by the screen
    ("password", "i just sent a six digit code to that email can you read it four four one nine two six", "four four one nine two six"),
    ("password", "Caller: It's asking for a code, 551 204. Agent: Good, you're in.", "551 204"),
    ("password", "please read me the TAN from your app. Caller: It shows 731 880.", "731 880"),
    # a town read as a firm or a person where someone is from or lives, before its region or country
    ("location", "i am from cluj in romania and there it takes years", "cluj"),
    ("location", "We moved to Naenae, Lower Hutt, last spring.", "Naenae"),
    # towns named by everyday words, where one is, goes or comes from
    ("location", "Hello, this is Giulia, I'm calling from Bologna about my order", "Bologna"),
    ("location", "i live in albany new york and the box never came", "albany"),
    ("location", "the supplies were shipped to fargo north dakota", "fargo"),
    ("location", "I moved from Bolton to Leeds in May", "Bolton"),
    # firms of other countries by name
    ("organization", "it is an ncell number so it should work from abroad", "ncell"),
    ("organization", "the bill from Engie came in French again", "Engie"),
    ("organization", "I renewed my permis with the SAAQ last year", "SAAQ"),
    ("organization", "my dialog account has been charged for a roaming pack", "dialog"),
    ("organization", "my mobile's with orange and i've had no signal since friday", "orange"),
    ("organization", "My Grab receipt shows Rp 245.000 but the app quoted less", "Grab"),
    # a firm answering in case-less text, up to "this call", a menu's "press", or five words with an "and"
    ("organization", "thank you for calling meridian loan servicing this call may be recorded", "meridian loan servicing"),
    ("organization", "thank you for calling cool breeze heating and air this is ray how can i help",
     "cool breeze heating and air"),
    ("organization", "hej and welcome to nordlink bredband för svenska tryck ett", "nordlink bredband"),
    # a body named by its kind first, as other languages do
    ("organization", "The invoice is for Padaria Estrela in Braga.", "Padaria Estrela"),
    ("organization", "I'm at Ysbyty Glan Clwyd now, waiting for the scan.", "Ysbyty Glan Clwyd"),
    ("organization", "the order came from Warung Pak Budi, not the one I chose", "Warung Pak Budi"),
    # a body named with its kind last, where the NER splits it or reads a person or a place
    ("organization", "your appointment at the Royal Victoria Infirmary on the 12th", "Royal Victoria Infirmary"),
    ("organization", "He's at St. Brigid's Hospice on Ditmars Boulevard.", "St. Brigid's Hospice"),
    ("organization", "Fiona from Northumbrian Water said the meter is at the back", "Northumbrian Water"),
    ("person_name", "My landlord is Mr. Cornish.", "Mr. Cornish"),
    ("person_name", "My doctor is Dr. Packer.", "Dr. Packer"),
    ("money_amount", "the refund is Rp 1.200.000 to your wallet", "Rp 1.200.000"),
    ("language", "can I get the form in Sinhalese please", "Sinhalese"),
    ("location", "so it's Strada Popa Nan 41, apartment 6", "Strada Popa Nan 41"),
    ("location", "to 9 trelawney terrace, penzance, tr18 2dq. friday, lovely.", "tr18 2dq"),
    ("location", "i am calling from kelowna my postal code is v one y two k six and my account", "v one y two k six"),
    ("person_name", "my name's Yonas Tesfaye, our daughter is Selam, she's two", "Selam"),
    ("occupation", "This is officer Ruiz with the Aurora Police Department.", "officer"),
    ("occupation", "the principal hasn't done anything about it", "principal"),
    ("occupation", "I'll have the rink manager email the statement.", "manager"),
    ("username", "What's his gamer tag? B: It's ShadowTaco_13. Shadow, taco, underscore, one three.",
     "Shadow, taco, underscore, one three"),
    # accounts named as no health plan's, even in a call that talks of hospitals
    ("account_number", "i work as a nurse at the medical center and your loan number is one one zero four seven seven "
     "three two six yes i see two direct loans", "one one zero four seven seven three two six"),
    ("account_number", "The pension fund number is ATP 33 04 9915, I worked in Aarhus", "33 04 9915"),
    ("account_number", "Hi, my contract number is ZK-55190872 and I'm moving to Salmiya.", "ZK-55190872"),
    ("username", "It's under mtremblay_yeg on Instagram.", "mtremblay_yeg"),
]

NEGATIVES: list[tuple[str, str, str | None]] = [
    # (policy, line, piece that must not get that policy; None = the whole line)
    ("time", "At nine I moved to Ohio with my parents.", None),
    ("time", "At six, she started school.", None),
    ("time", "At 65 you can retire with full benefits.", None),
    ("time", "Rate the call from 1 to 5 stars.", None),
    ("time", "On a scale from 1 to 10, how bad is the pain?", None),
    ("time", "My pain is at seven today.", None),
    ("time", "Prices start at 9.", None),
    ("time", "The kids start school at five.", None),
    ("time", "The score was tied at two.", None),
    ("time", "Between 4 and 6 people will come.", None),
    ("time", "Pick a number between 1 and 10.", None),
    ("time", "We started with 6 and ended at 4.", None),
    ("time", "I have seven forty five in my checking account.", None),
    ("time", "since like six fifteen people have called", None),
    ("time", "Turn left at exit 9 and meet me at gate 12.", None),
    ("time", "it costs about seven fifty at the corner shop", None),
    ("time", "they charged me around twelve forty for the repair", None),
    ("statistics", "We beat them six over four.", None),
    ("statistics", "Anyone over 60 gets the discount.", None),
    ("statistics", "We won 102 over 98 last night.", None),
    ("statistics", "It ran 120 over 80 minutes.", "120 over 80"),
    ("statistics", "The card expires 11/28.", None),
    ("statistics", "That's 150/100 mbps on the fiber plan.", None),
    ("statistics", "Those are 60 over 90 odds.", None),
    ("money_amount", "We have 5 real problems with the app.", None),
    ("money_amount", "There were 30 Indian students in the class.", None),
    ("money_amount", "I won 3 games in a row.", None),
    ("money_amount", "I paid for 300 people.", None),
    ("money_amount", "We paid off the loan after 360 payments.", None),
    ("money_amount", "The loan was taken out in 2019.", None),
    ("money_amount", "I paid the bill, confirmation 4471.", None),
    ("money_amount", "The bill of lading is 7730 0419 9921.", None),
    ("money_amount", "I pay rent for unit 1204.", None),
    ("money_amount", "We counted 400 cars in the lot this morning.", None),
    ("location", "We rent a 1200 square foot place downtown.", None),
    ("money_amount", "my 401k is with Fidelity", None),
    ("money_amount", "We bought 2 soles for dinner, the fish.", None),
    ("money_amount", "the RP 200 router is out of stock", None),
    ("nationality", "Agent: this is Shona speaking, how can I help?", "Shona"),
    ("event", "In midsummer the evenings are long up here.", "midsummer"),
    ("filename", "the website is shop dot c o m", None),
    ("person_name", "I called my mom Monday and she told me.", "Monday"),
    ("person_name", "my name is Will Turner. Okay, will you send it?", "will you"),
    ("injury", "I lost my wallet and my keys at the station", "lost my wallet"),
    ("account_number", "my account is 5531 2208 and then my order number is 4471", "4471"),
    # look-alikes from the second review of this session's rules
    ("number_sequence", "I don't know the model number. My account number is 48213.", None),
    ("location", "I studied at the University of Bologna.", "Bologna"),
    ("location", "I'll get back to Jackson on that.", "Jackson"),
    ("location", "We switched from Mobile to Broadband.", "Mobile"),
    ("occupation", "The principal never changes on this loan.", "principal"),
    ("marital_status", "You are engaged in a conversation with our support team.", "engaged"),
    ("marital_status", "They are separated from the main account.", "separated"),
    ("marital_status", "My late partner meeting ran over.", "late partner"),
    ("injury", "I lost my eye drops on the bus.", "lost my eye"),
    ("injury", "They lost a temple in the fire.", "temple"),
    ("person_name", "my name is hope ... okay hope that helps", "hope that"),
    ("organization", "I go to the Sikh Gurdwara every Sunday.", "Sikh Gurdwara"),
    ("marital_status", "I'm not married to that plan, honestly", "married"),
    ("occupation", "Not on a sticky note, please. A password manager is better.", "password manager"),
    ("event", "i want to donate for the typhoon families in cebu", "typhoon families"),
    ("number_sequence", "Model number... RX-5400? Is that it? Yes, that's the model.", "RX-5400"),
    ("number_sequence", "the model number on the bottom starts with X1420, the fourteen inch", "X1420"),
    ("password", "if the email app asks for the password, give it the new one", "give"),
    ("account_number", "I'm locked out of my account and I need my 1099-G for my taxes", "1099-G"),
    ("person_name", "My daughter Covid tested positive last week.", "Covid"),
    ("person_name", "a bill for my mother, I'm her power of attorney", "I'm"),
    ("person_name", "My husband, God rest him, always paid it.", "God"),
    ("person_name", "My husband is Pisces, I'm a Leo.", "Pisces"),
    ("person_name", "i'm still waiting smith said he would call", "still"),
    ("person_name", "and i'm calling brown about it", "calling"),
    ("organization", "we live on Hospital Road near the park", "Hospital Road"),
    # look-alikes the review of the rules above found (each was taken before it was mended)
    ("occupation", "I want to pay down the principal faster.", "principal"),
    ("occupation", "Open the task manager and end the process.", "manager"),
    ("occupation", "I made the dean's list last semester.", "dean"),
    ("username", "Caller: My username is sarah1. Agent: Thank you, Sarah, one moment please.", "Sarah, one"),
    ("username", "My username is johnsmith. Agent: And your full name? Caller: John Smith.", "John Smith"),
    ("password", "My password is redsox, because I love the Red Sox.", "Red Sox"),
    ("person_name", "My husband is Army, stationed in Texas.", "Army"),
    ("person_name", "My husband is Gold status with you guys.", "Gold"),
    ("occupation", "Can you give it admin rights?", "it admin"),
    ("occupation", "I can't find the date picker on the app.", "picker"),
    ("occupation", "The app is building super slow today.", "building super"),
    ("number_sequence", "It's Ross, R O S S, seven seven three, five five five, oh one nine nine.", "R O S S"),
    ("number_sequence", "My last name is Patel, P A T E L, two two five Oak Street.", "P A T E L"),
    ("money_amount", "The doctor said my TSH 2.1 is normal.", "TSH 2.1"),
    ("money_amount", "The part number on the label is S/4521.", "S/4521"),
    ("political_affiliation", "My seat is D66 on the flight.", "D66"),
    ("political_affiliation", "I have a degree in criminal law and justice.", "law and justice"),
    ("nationality", "My landlord is Mr. Cornish.", "Cornish"),
    ("event", "the guy that lent me his truck is out of town", "lent"),
    ("organization", "thanks for calling about your bill this call is recorded", None),
    ("organization", "thank you for calling the pharmacy this is ray", None),
    ("location", "I want to split the bill with my sister", None),
    ("location", "she's in the bath, can she call you back", None),
    ("location", "i was going to cork it and put it in the fridge", None),
    ("location", "my order ab12 3cd is late again", "ab12 3cd"),
    ("location", "press a one b two c three for more options", None),
    ("drug", "The lab said my hemoglobin was 9.2 and my ferritin is really low", None),
    ("organization", "grab a coffee and wear the orange shirt, the dialog box will flow", None),
    ("organization", "Hi, this is Sky from accounts", "Sky"),
    ("occupation", "the director's cut is longer than the film", "director"),
    ("occupation", "the consultant fee was 200 dollars", "consultant"),
    ("password", "My password is bigcat1. Agent: Got it. Caller: We have a big cat, one of those Maine Coons.", "big cat, one"),
    ("occupation", "The assembler throws an error on line 12.", "assembler"),
    ("political_affiliation", "I'm a Costco loyalist, honestly.", "loyalist"),
    ("political_affiliation", "We built a civic platform for residents to report potholes.", "civic platform"),
    ("money_amount", "the plate is 4 kr 221 I think", "4 kr"),
    ("password", "The portal asked for my employer code, 44712.", "44712"),
    ("nationality", "My mom was English-speaking only.", "English"),
    ("person_name", "Agent: It's pdubois_yul, I'll send a link.", "pdubois_yul"),
    ("password", "can you read it to me, the order number on the receipt? 4471 2209", None),
    ("person_name", "my surname is Patel, P A T E L, one more thing", "one"),
    # contractions as case-less ASR writes them are no name and no password
    ("password", "you will need to set a new password dont tell me what it is", "dont"),
    ("person_name", "okay lets sort that out whats your username and the email on file", "whats"),
    # a model said with "the" is a product many own, no one's code
    ("number_sequence", "the model with the round dial, the T200. Will the new plan still work with it?", "T200"),
    ("number_sequence", "Which modem do you have? Caller: The white one, the H3600.", "H3600"),
    ("location", "I'm calling from Harvey Norman in Penrith about my order", "Harvey Norman"),
    # session 22: idioms and things that read as a person's status, body, season, medicine or code
    ("marital_status", "I'm not married to any one roast, I just want something fresh", "married"),
    ("marital_status", "honestly i'm not married to keeping the old radio", "married"),
    ("marital_status", "We're on a fixed deal, but I'm not married to it, mind.", "married"),
    ("physical_attribute", "we counted the boxes twice and we are still short by two", "short"),
    ("date_interval", "Okay, um, spring rolls, the prawn crackers and two egg fried rice.", "spring"),
    ("date_interval", "There's a little reset button underneath, kind of spring-loaded.", "spring"),
    ("date_interval", "the apple pie and the summer salad were both missing", "summer"),
    ("drug", "The bus pass caps the fare so you never pay more than the daily price.", "caps"),
    ("number_sequence", "The part number on the filter is F-220B, and the store said it's discontinued.", "F-220B"),
    ("number_sequence", "the box says part number a x seven hundred but the label says something else", "seven hundred"),
]


def _covers(ents: list[Entity], policy: str, start: int, end: int) -> bool:
    return any(e.policy == policy and e.start < end and start < e.end for e in ents)


@pytest.mark.parametrize("policy,line,want", POSITIVES, ids=[f"{p}:{w}" for p, _, w in POSITIVES])
def test_positive(policy: str, line: str, want: str) -> None:
    start = line.rindex(want)
    assert _covers(find_pii(line), policy, start, start + len(want)), find_pii(line)


@pytest.mark.parametrize("policy,line,piece", NEGATIVES, ids=[f"{p}:{l[:30]}" for p, l, _ in NEGATIVES])
def test_negative(policy: str, line: str, piece: str | None) -> None:
    ents = find_pii(line)
    start, end = (0, len(line)) if piece is None else (line.index(piece), line.index(piece) + len(piece))
    assert not _covers(ents, policy, start, end), ents


def test_a_range_of_times_is_one_span() -> None:
    assert [e.text for e in find_pii("Sunday, from 1 to 4.") if e.policy == "time"] == ["1 to 4"]
