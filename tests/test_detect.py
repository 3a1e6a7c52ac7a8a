"""find_pii on transcript-style lines: every policy has positives and look-alike negatives.

Lines are written for these tests (not taken from data/pii_eval); each positive names the
text that must be found with its policy, each negative a policy that must not be reported
(optionally only over a given piece of the line).
"""

from __future__ import annotations

import re

import pytest

from piikit.detect import Entity, find_pii, find_pii_batch
from piikit.policies import POLICIES

POSITIVES: list[tuple[str, str, str]] = [
    # (policy, line, text that must be covered by an entity of that policy)
    ("account_number", "my account number is 7 7 3 1 9 0 2 4", "7 7 3 1 9 0 2 4"),
    ("account_number", "Member ID: HZ-5235-001", "HZ-5235-001"),
    ("account_number", "the membership number on my gym card is 30019284", "30019284"),
    ("account_number", "the loyalty number on file is 40098812", "40098812"),
    ("banking_information", "the routing number is 021000021", "021000021"),
    ("banking_information", "IBAN GB82 WEST 1234 5698 7654 32 please", "GB82 WEST 1234 5698 7654 32"),
    ("banking_information", "my checking account is 0045 2231 987", "0045 2231 987"),
    ("blood_type", "she's O negative, so any donor works", "O negative"),
    ("blood_type", "blood type AB+", "AB+"),
    ("credit_card_cvv", "and the CVV is eight one two", "eight one two"),
    ("credit_card_cvv", "the three digit code on the back is 407", "407"),
    ("credit_card_expiration", "it expires eleven twenty seven", "eleven twenty seven"),
    ("credit_card_expiration", "expiration date 04/29", "04/29"),
    ("credit_card_number", "card number 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("credit_card_number",
     "it's five five five five, five five five five, five five five five, four four four four",
     "five five five five, five five five five, five five five five, four four four four"),
    ("credit_card_number", "the visa ending in 4242", "4242"),
    ("date", "the appointment is on March 3rd", "March 3rd"),
    ("date", "it shipped on the twelfth of june", "twelfth of june"),
    ("date", "we spoke on 10/14/2023", "10/14/2023"),
    ("date_interval", "we lived there from 2015 to 2019", "2015 to 2019"),
    ("date_interval", "it happened back in the nineties", "nineties"),
    ("date_interval", "I was away in January 1984", "January 1984"),
    ("date_of_birth", "Date of Birth: March 7, 1961", "March 7, 1961"),
    ("date_of_birth", "I was born on july fourth nineteen seventy six", "july fourth nineteen seventy six"),
    ("date_of_birth", "DOB is 02/19/1988", "02/19/1988"),
    ("drivers_license", "DL# 356933-540", "356933-540"),
    ("drivers_license", "my driver's license number is D 4 4 1 9 0 2 7", "D 4 4 1 9 0 2 7"),
    ("drug", "I take Advil and Acetaminophen", "Advil"),
    ("drug", "they switched me to metformin last month", "metformin"),
    ("duration", "it took about 8 months", "8 months"),
    ("duration", "I've been waiting forty five minutes", "forty five minutes"),
    ("email_address", "My email is sarah.jones@gmail.com", "sarah.jones@gmail.com"),
    ("email_address", "it's mike underscore b at yahoo dot com", "mike underscore b at yahoo dot com"),
    ("event", "we'll be away for Thanksgiving", "Thanksgiving"),
    ("event", "did you watch the Olympics", "Olympics"),
    ("filename", "I attached Taxes/2012/brad-tax-returns.pdf", "Taxes/2012/brad-tax-returns.pdf"),
    ("filename", "open the file budget underscore final dot xlsx", "final dot xlsx"),
    ("gender_sexuality", "I'm bisexual", "bisexual"),
    ("gender_sexuality", "my kid is trans and nonbinary", "nonbinary"),
    ("healthcare_number", "my Medicare number is 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("healthcare_number", "Policy No.: 5584-486-674-YM on my health insurance card", "5584-486-674-YM"),
    ("injury", "I broke my arm falling off a ladder", "broke my arm"),
    ("injury", "I have a sprained wrist", "sprained wrist"),
    ("ip_address", "ping 192.168.0.1 for me", "192.168.0.1"),
    ("ip_address", "the address is 2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3::8a2e:370:7334"),
    ("language", "do you speak Spanish", "Spanish"),
    ("language", "she only speaks mandarin", "mandarin"),
    ("location", "I live at 145 Windsor St. in Boston", "145 Windsor St."),
    ("location", "we moved to Denver last year", "Denver"),
    ("location", "the zip code is nine oh two one oh", "nine oh two one oh"),
    ("marital_status", "I'm divorced, no kids", "divorced"),
    ("marital_status", "my ex-wife has the car", "ex-wife"),
    ("medical_condition", "he was diagnosed with chronic fatigue syndrome", "chronic fatigue syndrome"),
    ("medical_condition", "my mom has diabetes and arrhythmia", "arrhythmia"),
    ("medical_process", "they scheduled a CT scan", "CT scan"),
    ("medical_process", "after the heart surgery he was fine", "heart surgery"),
    ("money_amount", "the total was $94.50", "$94.50"),
    ("money_amount", "it's fifteen pesos", "fifteen pesos"),
    ("nationality", "my husband is Canadian", "Canadian"),
    ("nationality", "he's Caucasian, mid height", "Caucasian"),
    ("number_sequence", "the reference number is 4471 9920", "4471 9920"),
    ("number_sequence", "your confirmation code is X 7 Y 2 9", "X 7 Y 2 9"),
    ("occupation", "I work as a software engineer", "software engineer"),
    ("occupation", "she's a professor at the college", "professor"),
    ("organization", "I bank with Wells Fargo", "Wells Fargo"),
    ("organization", "she works at Northwest General Hospital", "Northwest General Hospital"),
    ("passport_number", "passport number PA4568332", "PA4568332"),
    ("passport_number", "my passport is N U 3 C 6 L 8 6 S 1 2", "N U 3 C 6 L 8 6 S 1 2"),
    ("password", "my password is temp1234", "temp1234"),
    ("password", "the PIN is four four one nine", "four four one nine"),
    ("password", "my pin is 4 4 7 1, thanks", "4 4 7 1"),  # read digit by digit: all four digits
    ("us_social_security_number", "my social is 4 7 2, 1 9, 3 0 5 8", "4 7 2, 1 9, 3 0 5 8"),
    ("person_name", "my name is john, j o h n", "j o h n"),  # spelled in lower case, as said
    ("person_name", "um my doctor is doctor patel at st mary's", "patel"),  # a title, not the occupation
    ("location", "my address is 221b baker street, london", "221b baker street"),
    ("date_of_birth", "d o b 07 04 76", "07 04 76"),
    ("person_name", "it's spelled D-E-C-A-R-L-O", "D-E-C-A-R-L-O"),
    ("person_name", "my last name is spelled k as in kite o w a l s k i", "k as in kite o w a l s k i"),
    ("person_name", "yeah that's K-O-W-A-L-S-K-I", "K-O-W-A-L-S-K-I"),  # spelled, not a word: a name
    # how Whisper writes what callers say (found by benchmarks/bench_e2e_leaks.py)
    ("phone_number", "could you update my number 2-0-1, 7-4-4, 3-8-1-2", "2-0-1, 7-4-4, 3-8-1-2"),
    ("phone_number", "My phone number is 1,7,9,5,3,8,2,1,0", "1,7,9,5,3,8,2,1,0"),
    ("banking_information", "The IBAN ends 8, 7, 6, 5, 4, 3, 2", "8, 7, 6, 5, 4, 3, 2"),
    ("phone_number", "You can reach me at 9, 8, 4, 5, 5, 5, 0, 1, 2, 3.", "9, 8, 4, 5, 5, 5, 0, 1, 2, 3"),
    ("number_sequence", "5, 5, 5, 3, 1, 2, 7, 7, 4, always the best one to try", "5, 5, 5, 3, 1, 2, 7, 7, 4"),
    ("credit_card_cvv", "The code on the back is 7, 8, 2.", "7, 8, 2"),
    ("credit_card_cvv", "The security code is oh, 8, 2.", "oh, 8, 2"),
    ("credit_card_cvv", "The code on the back is O-8-2.", "O-8-2"),
    ("number_sequence", "the ticket number is I-N-C-O-O-8-8-4-1-2", "I-N-C-O-O-8-8-4-1-2"),
    ("username", "Okay, so for the username I picked C-O-R-A-L-9-1.", "C-O-R-A-L-9-1"),
    ("username", "the username they gave me is kmurphy22", "kmurphy22"),
    # how callers say it in Britain and Ireland: casual procedures, half five, fivers, sugars
    ("medical_process", "I had the flu jab at the chemist", "flu jab"),
    ("medical_process", "so i had my bloods done on the twelfth", "bloods"),
    ("medical_process", "it's about my mum's hip op", "hip op"),
    ("medical_process", "they're talking about steroid injections", "steroid injections"),
    ("medical_process", "they're putting me on CPAP", "CPAP"),
    ("medical_process", "I'm booking my son's MMR", "MMR"),
    ("medical_process", "she's recovering from the surgery", "surgery"),
    ("medical_condition", "I'm type 2 and I work nights", "type 2"),
    ("medical_condition", "The baby's got colic", "colic"),
    ("time", "it'll be dark by half five", "half five"),
    ("time", "I was told to ring after ten", "ten"),
    ("money_amount", "it was a fiver for parking", "fiver"),
    ("money_amount", "about four and a half grand, by transfer", "four and a half grand"),
    ("money_amount", "I'm on about eleven pounds fifty an hour", "eleven pounds fifty"),
    ("statistics", "my sugars were fourteen this morning", "fourteen"),
    # firms, agents and branches as calls name them
    ("organization", "good afternoon Brennan Kearney Solicitors Aoife speaking", "Brennan Kearney Solicitors"),
    ("organization", "King County Superior Court jury services, how can I help", "King County Superior Court"),
    ("person_name", "Summit Pathology Labs patient line this is Marcus how can I help you", "Marcus"),
    ("person_name", "okay thank you for calling Mr. Bains are you calling to refer yourself", "Bains"),
    ("location", "I did some bloodwork at your Fairview location", "Fairview"),
    ("nationality", "my family's Somali and there's a big push for donors", "Somali"),
    ("number_sequence", "your payment reference is your utr with a k on the end 8810442793k okay.", "8810442793k"),
    # more of how Whisper writes it
    ("banking_information", "My sort code is 20, 45, 7, 7, and the account", "20, 45, 7, 7"),
    ("credit_card_expiration", "the card expires 12-slash 28 and", "12-slash 28"),
    ("organization", "It's a master card, ending 1744", "master card"),
    ("organization", "I pay with pay pal", "pay pal"),
    ("date", "Your engineer is booked for the twelfth between eight and one", "twelfth"),
    ("date", "I get paid on the twenty-eighth, so can the direct debit come out then", "twenty-eighth"),
    ("political_affiliation", "the republicans sent me another mailer", "republicans"),
    ("political_affiliation", "the tories want to cut it.", "tories"),
    ("political_affiliation", "My dad's a die-hard Green.", "Green"),
    ("political_affiliation", "my dad's a lifelong labour man", "labour"),
    ("political_affiliation", "my dad's a big conservative and kept making jokes", "conservative"),
    ("physical_attribute", "She's about five nine, slim, curly red hair", "slim"),
    ("political_affiliation", "why did they send me the republican ballot", "republican"),
    ("person_age", "my daughter's missing, she's fifteen, five foot one, long black hair", "fifteen"),
    ("person_age", "How old are you, Delroy? 52. I'm married", "52"),
    ("person_age", "How old is the patient? Mm-hmm thirty one.", "thirty one"),
    ("person_age", "The twins are both nine, they're in the same class", "nine"),
    ("person_age", "the guy driving looked about twenty five", "twenty five"),
    ("person_age", "I think the patient is male, 46.", "46"),
    ("person_age", "the driver was about fifty, bald, with a beard", "fifty"),
    ("physical_attribute", "He's about six foot two, bald, with a tattoo on his neck", "bald"),
    ("physical_attribute", "the guy was hispanic, stocky, and he ran", "stocky"),
    ("physical_attribute", "My son is colorblind.", "colorblind"),
    ("physical_attribute", "He has a glass eye and a shaved head", "glass eye"),
    # towns by their region or branch
    ("location", "I'm in Mobile, Alabama, and the mobile signal is bad", "Mobile"),
    ("location", "Sorry, Tyler, Texas, and the zip is 75701", "Tyler"),
    ("location", "I live in Hope, Derbyshire.", "Derbyshire"),
    ("location", "it's been sitting at the Hamilton depot.", "Hamilton"),
    ("organization", "I rang NSW Police about it", "NSW Police"),
    ("password", "and the password is sunflower twenty seven exclamation mark, I know", "sunflower twenty seven exclamation mark"),
    ("password", "Mother's maiden name, Ferreira, and first pet, it was a dog called biscuit.", "biscuit"),
    ("medical_process", "She's reacting well to the surgery.", "surgery"),
    ("money_amount", "That'll be 3 quid 50.", "3 quid 50"),
    ("organization", "it is not in stock at boots or superdrug", "boots"),
    ("organization", "My niece works at Specsavers in Bury", "Specsavers"),
    ("organization", "I'm with Three at the moment but EE offered me a better deal", "EE"),
    ("person_age", "She looked about 30 in the photo.", "30"),
    ("credit_card_number", "Card ending in 8-8-24.", "8-8-24"),
    ("money_amount", "The premium went up to 99.99 a month.", "99.99"),
    ("money_amount", "My balance is 1,250.", "1,250"),
    ("email_address", "It's Patel 77 at Outlook.com", "Patel 77 at Outlook.com"),
    ("email_address", "Send it to margaret underscore lando at yahoo.com.", "margaret underscore lando at yahoo.com"),
    ("email_address", "it's john at gmail.com", "john at gmail.com"),
    ("person_name", "Yes, it's Harold, H-A-R-O-L-D Jenkins.", "H-A-R-O-L-D Jenkins"),
    ("date", "I'm checking in on May 14th.", "May 14th"),
    ("location", "I live in Brighton, BN1 3FP.", "BN1 3FP"),
    ("location", "The postcode is SW1A 1AA.", "SW1A 1AA"),
    ("blood_type", "my blood type is a b negative", "a b negative"),
    ("blood_type", "my blood type is zero negative", "zero negative"),
    # the cue named after the value (from the blind extra_dev4 set)
    ("account_number", "9920 4418 376, that's the account number on the water bill.", "9920 4418 376"),
    ("drivers_license", "W221-554-87-331, that's the driver's license.", "W221-554-87-331"),
    ("date_of_birth", "2/28/68, that's my birthday.", "2/28/68"),
    ("credit_card_expiration", "ten twenty eight, that's the expiration on it.", "ten twenty eight"),
    ("credit_card_cvv", "um six six zero, that's the code on the back", "six six zero"),
    ("person_age", "Age? 67. And gender? Female.", "67"),
    ("occupation", "can the tech come between 4 and 6?", "tech"),  # a job only people have, after "the"
    ("statistics", "About one in ten people get that side effect.", "one in ten"),
    ("medical_process", "she needs a transfusion on Friday.", "transfusion"),
    ("organization", "it's a visa ending in 4242", "visa"),
    ("email_address", "send the receipt to billing at harlow dental dot com.", "billing at harlow dental dot com"),
    ("location", "My flight lands at JFK at 7:40 PM.", "JFK"),
    # from the blind extra_dev5 set
    ("phone_number", "The number is 0161 496 0732, sorry, 0161 496 0723.", "0161 496 0723"),  # a UK landline
    ("account_number", "the policy number is HO-3348-2271 for the home insurance", "HO-3348-2271"),
    ("language", "my mother prefers Vietnamese if possible.", "Vietnamese"),
    ("organization", "Delta moved my flight to 6:15 in the morning on May 9th.", "Delta"),
    ("password", "PIN is 4 8 1 9, and the security question, mother's maiden name, is Kowalski.", "Kowalski"),
    ("account_number", "Customer ID? Yes, it's CX-20391, and send the receipt to billing at harlow dental dot com.",
     "CX-20391"),  # the clinic named later in the line does not make it a health ID
    ("healthcare_number", "bluecross member number zgp 8810 4472", "8810 4472"),
    ("location", "i broke down on i-95 near exit 12", "i-95"),
    ("location", "The address is 1420 Maple Drive, Springfield, IL 62704.", "IL"),
    ("political_affiliation", "She volunteers for the Green Party.", "Green Party"),
    ("organization", "He's doing physical therapy at Bayside Rehab.", "Bayside Rehab"),
    ("blood_type", "what's your blood type? b negative", "b negative"),
    ("person_age", "Forty one, female.", "Forty one"),
    ("marital_status", "Are you married? No, single.", "single"),
    ("marital_status", "I'm 34, divorced, so it's just me.", "divorced"),
    ("political_affiliation", "i'm pretty progressive but my brother's conservative", "conservative"),
    # four groups of four with an issuer prefix: a card even when ASR broke its check digit
    ("credit_card_number", "The number is 5424 1802 7765 3318, exp. 06/2030.", "5424 1802 7765 3318"),
    ("credit_card_expiration", "The number is 5424 1802 7765 3318, exp. 06/2030.", "06/2030"),
    ("organization", "Which bank is it? Chase.", "Chase"),  # a one-word answer, capitalized as a sentence
    ("email_address", "my email is mark at acme.com", "mark at acme.com"),
    ("money_amount", "the deductible is 500", "500"),
    ("location", "my postcode is sw1a 1aa", "sw1a 1aa"),
    ("person_name", "my last name is K as in kite O W A L S K I", "K as in kite O W A L S K I"),
    ("banking_information", "my savings account is 4, 4, 7, 1, 9, 9", "4, 4, 7, 1, 9, 9"),
    ("location", "We moved to 14 Kingsley Gardens, Brighton PN1-3FP.", "Brighton"),  # the town before its postcode
    ("location", "We moved to 14 Kingsley Gardens, Brighton PN1-3FP.", "14 Kingsley Gardens"),
    ("location", "My PO Box is Box 441, in Fairbanks.", "Box 441"),
    ("person_name", "Yes, it's Hyrule, H-A-R-O-L-D Jenkins.", "Jenkins"),  # Whisper misheard the name, not the spelling
    ("blood_type", "My blood type is on negative.", "on negative"),  # Whisper's ear for "O negative"
    ("number_sequence", "the serial is A as in apple 4 4 7 B as in boy", "A as in apple 4 4 7 B as in boy"),
    ("credit_card_number", "the card number is 4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1",
     "4 1 1 1, 1 1 1 1, 1 1 1 1, 1 1 1 1"),
    ("password", "the gate code is 4471", "4471"),
    ("password", "My mother's maiden name is Smith", "Smith"),
    ("person_age", "I'm 27 years old", "27 years old"),
    ("person_age", "my dad just turned seventy five", "seventy five"),
    ("person_name", "Hi, my name is Doug Jones", "Doug Jones"),
    ("person_name", "cheers kylie, see you thursday", "kylie"),  # a name WordNet also lists as a noun
    ("person_name", "I was helped by beatrice at the front desk", "beatrice"),
    ("person_name", "this is Dr. Kay Martinez speaking", "Kay Martinez"),
    ("person_name", "hi um my name is maria gonzalez", "maria gonzalez"),
    ("phone_number", "call me at 415-555-0123", "415-555-0123"),
    ("phone_number", "my cell is four one five, five five five, zero one two three",
     "four one five, five five five, zero one two three"),
    ("phone_number", "it's (212) 555-7788", "(212) 555-7788"),
    ("physical_attribute", "I'm 190cm tall", "190cm tall"),
    ("physical_attribute", "he's about six foot two with red hair", "six foot two"),
    ("political_affiliation", "I've always been a Republican", "Republican"),
    ("political_affiliation", "she's a registered democrat", "democrat"),
    ("religion", "we're Catholic", "Catholic"),
    ("religion", "my neighbor is Hindu", "Hindu"),
    ("statistics", "about 18% of patients respond", "18%"),
    ("statistics", "there's a 40 percent chance", "40 percent"),
    ("time", "the call was logged at 19:37:28", "19:37:28"),
    ("time", "can you call back at 10pm EST", "10pm EST"),
    ("time", "let's meet at three thirty pm", "three thirty pm"),
    ("url", "go to https://www.assemblyai.com/ for details", "https://www.assemblyai.com/"),
    ("url", "visit www dot example dot org slash help", "www dot example dot org slash help"),
    ("us_social_security_number", "my SSN is 123-45-6789", "123-45-6789"),
    ("us_social_security_number", "social security number one two three four five six seven eight nine",
     "one two three four five six seven eight nine"),
    ("username", "follow us @AssemblyAI", "@AssemblyAI"),
    ("username", "my username is jsmith_42", "jsmith_42"),
    ("vehicle_id", "the VIN is 1HGCM82633A004352", "1HGCM82633A004352"),
    ("vehicle_id", "license plate BIF7547", "BIF7547"),
    ("zodiac_sign", "I'm a Taurus", "Taurus"),
    ("zodiac_sign", "typical Scorpio behavior", "Scorpio"),
    # cross-sentence cues and shapes added for real calls
    ("credit_card_expiration", "the card's good, it expires 828 and the code is 311", "828"),
    ("credit_card_expiration", "when does it expire? oh nine twenty eight", "nine twenty eight"),
    ("date_of_birth", "Could you verify your date of birth for me? Sure, it's July 9, 1971.", "July 9, 1971"),
    ("us_social_security_number", "I need the last four of the social on file. Okay. Three three eight one.",
     "Three three eight one"),
    ("number_sequence", "the reference for this call is five five one two eight four nine", "five five one two eight four nine"),
    ("occupation", "I'm a middle school science teacher", "middle school science teacher"),
    ("medical_condition", "she lives with migraines and depression", "depression"),
    ("organization", "we fly united every summer", "united"),
    ("organization", "he was admitted to St. Luke's last night", "St. Luke's"),
    ("organization", "my son attends Jefferson Middle", "Jefferson Middle"),
    ("person_name", "okay anjali, I've sent the form", "anjali"),
    ("person_name", "hi, is Teodora there?", "Teodora"),
    ("physical_attribute", "he's six one and about two hundred pounds", "pounds"),
    ("email_address", "and the email is j.okafor.example.com", "j.okafor.example.com"),
    ("date_of_birth", "and the date of birth? eleven three seventy two", "eleven three seventy two"),
    ("organization", "I'm a paramedic at Fairview", "Fairview"),
    ("occupation", "she's an ultrasound technician", "ultrasound technician"),
    ("person_name", "I need to add my son olumide to the policy", "olumide"),
    ("person_name", "Thanks for calling Harbor Bank, my name's ciaran", "ciaran"),
    # session 4: numbers that are no codes, cues of other countries, Whisper's ways of writing
    ("banking_information", "my sort code is 20-44-91", "20-44-91"),  # no day 44: not a date
    ("account_number", "my frequent flyer number is 20 4418 77", "20 4418 77"),
    ("account_number", "my pension number is 7711 4402", "7711 4402"),
    ("vehicle_id", "the reg is KD 12 ABC", "KD 12 ABC"),
    ("vehicle_id", "my rego is XYZ 441", "XYZ 441"),
    ("money_amount", "it came to 1249 all in", "1249"),
    ("money_amount", "my salary is 65000 a year", "65000"),
    ("money_amount", "the repair was quoted at 1800", "1800"),
    ("money_amount", "I was charged 19.99 twice", "19.99"),
    ("money_amount", "the copay is 45 and the deductible 1500", "45"),
    ("statistics", "white count 11,000", "11,000"),
    ("statistics", "my LDL was 160", "160"),
    ("person_age", "I'll be 68 in June.", "68"),
    ("person_age", "My mum is 81.", "81"),
    ("location", "my postcode is BS8, 3BL", "BS8, 3BL"),
    ("person_name", "surname B.E.K.I.", "B.E.K.I"),
    ("person_name", "It's Sheila O 'Connell.", "Sheila O 'Connell"),
    ("account_number", "my account number is 419, 9, 0, 2, 7, 3", "419, 9, 0, 2, 7, 3"),
    ("healthcare_number", "my patient number is 4471 0092", "4471 0092"),
    ("drivers_license", "my learner's permit number is 4410 2291", "4410 2291"),
    ("account_number", "my loyalty card is 4471 0092 1187", "4471 0092 1187"),
    ("us_social_security_number", "my social is 4471", "4471"),
    # from the blind extra_dev6 (numbers): other countries' numbers, cues that sit apart from their value
    ("us_social_security_number", "my SIN is 5 2 7 0 1 9 3 8 4", "5 2 7 0 1 9 3 8 4"),  # Luhn, no US area rule
    ("us_social_security_number", "My National Insurance number is JT 47 19 82 B", "JT 47 19 82 B"),
    # other countries' tax and identity numbers, said right after their names
    ("us_social_security_number", "Tax file number? 123 456 782.", "123 456 782"),
    ("us_social_security_number", "She doesn't have a social, she has an ITIN, 912-78-4412.", "912-78-4412"),
    ("us_social_security_number", "My Aadhaar is 4829 1173 0056 and PAN ABCPD1234E.", "ABCPD1234E"),
    ("us_social_security_number", "My PAN card number is BNZPM2501F, it's linked to the SBI account.", "BNZPM2501F"),
    ("us_social_security_number", "My CPF? Sure, 123.456.789-09.", "123.456.789-09"),
    ("us_social_security_number", "national id two eight eight four one one seven three and that's it",
     "two eight eight four one one seven three"),
    ("healthcare_number", "My ABHA number is 91-4412-7788-2051.", "91-4412-7788-2051"),
    ("drivers_license", "the lic number is 04418823, Texas", "04418823"),
    ("banking_information", "The agência is 0421 and the conta is 12345-6.", "12345-6"),
    # addresses and postal codes as other countries say them
    ("location", "PIN code 560034, Koramangala.", "560034"),
    ("location", "the pin code is four zero zero zero zero one mumbai", "four zero zero zero zero one"),
    ("location", "It's 10115 Berlin.", "10115"),
    ("location", "The house is No. 12, 3rd Cross, Indiranagar, Bengaluru 560038.", "560038"),
    ("location", "The house is No. 12, 3rd Cross, Indiranagar.", "No. 12, 3rd Cross"),
    ("location", "Lot 7, Block 12, Phase 2, Bacoor, Cavite.", "Lot 7, Block 12, Phase 2"),
    ("location", "I'm at Plot 12, sector 14, Gurugram.", "Plot 12, sector 14"),
    ("location", "Calle Reforma 222, piso 3, Mexico City.", "Calle Reforma 222, piso 3"),
    ("location", "Send it to Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5"),
    ("phone_number", "Send it to my BDO savings, 0045 1123 8890, or GCash on 0917 555 1234.", "0917 555 1234"),
    ("username", "Log in with user ID 4419 0283 and then your PIN.", "4419 0283"),
    ("credit_card_expiration", "Okay so 4111 1111 1111 1111, 12/25, 123, and the name on it is Liam.", "12/25"),
    ("credit_card_cvv", "Okay so 4111 1111 1111 1111, 12/25, 123, and the name on it is Liam.", "123"),
    ("credit_card_expiration", "I got the replacement card but the date on it is now 10/29.", "10/29"),
    ("passport_number", "my passport number is one two three four five six seven eight nine hold on no "
     "one two three four five six seven eight eight", "one two three four five six seven eight eight"),
    ("vehicle_id", "The fine reference is PN 40918 7, for the car YK21 HBN.", "YK21 HBN"),
    ("vehicle_id", "M-AB 1234, it's a plate from Munich.", "M-AB 1234"),
    ("number_sequence", "The claim's for my 2019 Hyundai, plate 8MDK331, claim number 78-41190-Q.", "78-41190-Q"),
    ("account_number", "I've had the account with Sky since 2009, the number's 88104472.", "88104472"),
    ("money_amount", "I sent GH₵ 600 to my brother.", "GH₵ 600"),
    ("money_amount", "the delivery was PHP 1,500 so expensive", "PHP 1,500"),
    ("organization", "yeah the bsb is zero three two zero zero one it's westpac", "westpac"),
    ("injury", "Yeah he kind of bit my thumb when I grabbed the bottle.", "bit my thumb"),
    ("injury", "they're saying it's a fractured fibula as well.", "fractured fibula"),
    ("medical_process", "And the egg retrieval, when would that be roughly?", "egg retrieval"),
    ("event", "And you, Mrs. Hussain, Ramadan Mubarak.", "Ramadan"),
    ("drug", "she's on semaglutide and apixaban, and they added olanzapine", "apixaban"),  # by their stems
    ("us_social_security_number", "My IRD number is 049-091-850, for the Inland Revenue.", "049-091-850"),
    ("us_social_security_number", "SSS number 34-1298765-4, I'm claiming the sickness benefit.", "34-1298765-4"),
    ("us_social_security_number", "the c n i c number is three five two zero two, four four one eight eight one three, five",
     "three five two zero two, four four one eight eight one three, five"),
    ("password", "the gift card number is 6006 4912 3348 7720 and the PIN on the back is 8810.", "8810"),
    ("password", "The two-factor backup code is 8821-4410, I printed them out.", "8821-4410"),
    ("password", "To port your number we'll need the PAC code. Mine's JTR 448 912, it came by text.", "JTR 448 912"),
    ("phone_number", "Meu celular é (11) 95555-1234, I'm in São Paulo.", "(11) 95555-1234"),
    ("account_number", "My member number at the credit union is 0048812, and the savings account is 0048812-S1.", "0048812"),
    ("account_number", "um my emirates skywards number is e k three three nine one zero four four seven",
     "e k three three nine one zero four four seven"),
    ("banking_information", "the i f s c code is s b i n zero zero zero one two three four",
     "s b i n zero zero zero one two three four"),
    ("money_amount", "That'll be RM 120 for the repair.", "RM 120"),
    ("passport_number", "Can you read me the passport number so I can match it to the record? Yes it's B04418273.",
     "B04418273"),
    ("passport_number", "The passport number? Yes it's B04418273. B as in bravo, zero four four one eight two seven three.",
     "B as in bravo, zero four four one eight two seven three"),  # read back spelled, the same characters
    ("us_social_security_number", "Your full Social Security number? Um, sure, 532-44-7187. Ending 7187, and your birthday?",
     "7187"),  # its last four said back
    ("us_social_security_number", "The form wants my ID number. Go ahead. 8207150234089.", "8207150234089"),
    ("password", "Then it'll push an MFA code to your phone. Okay it's, uh, 739104.", "739104"),
    ("healthcare_number", "Is he covered by Medicaid? Yes, I have the card right here, the ID is 104829375118.",
     "104829375118"),
    ("location", "And where are you living now? Unit 5, 22 Harris Street, Pyrmont, NSW 2009.", "2009"),
    ("money_amount", "So we got a bill for the maintenance fee, US$1,980, which we expected.", "US$1,980"),
    ("occupation", "Yes, it's a Catholic ceremony, Father Brendan is doing it.", "Father"),
    ("occupation", "Yes, just ask the vet for the clinical notes.", "vet"),
    ("person_name", "Hi, it's Mark. Mark is my brother.", "Mark"),
    ("occupation", "That's fine, the judge always allows that.", "judge"),
    ("zodiac_sign", "we're both Leos and we got engaged in May", "Leos"),
    ("person_age", "She's a widow, eighty-two, lives alone in Galway.", "eighty-two"),
    ("healthcare_number", "Your Medi-Cal ID, please? 91447210F.", "91447210F"),
    ("passport_number", "533401372, that's my British passport, and the other one is Irish.", "533401372"),
    ("us_social_security_number", "My Kenyan ID is 28841173.", "28841173"),
    ("account_number", "The loyalty number on my Tesco card is 634004 1182 7734.", "634004 1182 7734"),
    ("healthcare_number", "the member id on my aetna card is XZH 882 104 551", "XZH 882 104 551"),
    ("number_sequence", "It's the police report number you need? It's 2024-0338-17.", "2024-0338-17"),
    ("occupation", "I asked the security guard and he said the manager already left.", "manager"),
    ("person_age", "my neighbor's kid she's like seven she fell off the trampoline", "seven"),
    ("person_age", "the suspect is a white male mid thirties about one eighty", "mid thirties"),
    ("political_affiliation", "I'm conservative and my wife is liberal.", "liberal"),
    ("political_affiliation", "the ANC branch wants to bring the flag", "ANC"),
    ("nationality", "my wife is french and i'm from turkey", "french"),  # all lower case: no case to go by
    ("location", "I was on flight 1187 out of denver and they lost my bag", "denver"),
    ("number_sequence", "The tuition fee deposit is £2,000, and my UCAS ID is 441-928-3071.", "441-928-3071"),
    ("money_amount", "Your balance is 4,500 naira and the data bundle costs N1,000.", "N1,000"),
    ("number_sequence", "the sim number, the long one on the card, it's 8944 1100 2233", "8944 1100 2233"),
    ("occupation", "i'm gay and honestly the manager's comments made me really uncomfortable", "manager"),
    ("money_amount", "It's 3,000 bob for the delivery to Kisumu.", "3,000 bob"),
    ("drug", "you'll start Gonal-f, then Cetrotide from about day six.", "Cetrotide"),
    # jobs by their titles and head words (jobs.txt.gz), and said of a person after "the"
    ("occupation", "Hi, this is Alan, I'm a payroll specialist.", "payroll specialist"),
    ("occupation", "i'm dispatching a flatbed, the driver is about forty five minutes out.", "driver"),
    ("occupation", "okay darnell, the driver's name is luis, he'll text you.", "driver"),
    ("occupation", "I'll get the field supervisor to call you.", "supervisor"),
    ("occupation", "a specialist will call you back", "specialist"),
    # cities of many countries (places.txt.gz), not people
    ("location", "My ex-husband, Marek, but he go back to Kraków last year.", "Kraków"),
    ("location", "And where are you from? Vietnam, from Da Nang.", "Da Nang"),
    ("location", "i'm calling from guadalajara about my booking", "guadalajara"),
    ("credit_card_cvv", "It's a Visa debit, 4922 0941 0361 8039, expiry 08/26, and the back is 207.", "207"),
    ("password", "I've sent a code to your phone, please read it to me. Okay, it's, em, 448 219. Thank you.", "448 219"),
    ("password", "You'll get a code by text. Okay, got it, 519 304. Don't read it to me.", "519 304"),
    ("location", "colonia americana, guadalajara, código postal four four one six zero. and a phone?",
     "four four one six zero"),
    ("phone_number", "let's check. can i have the number? zero seven one two, five five five, nine zero four. okay.",
     "zero seven one two, five five five, nine zero four"),
    ("banking_information", "the BSB is 062-914 and the account's 1049 2236", "062-914"),
    ("banking_information", "my sort code is 40-27-15 and the account number, uh, 83016624", "83016624"),
    ("banking_information", "my business chequing is 00218-004-1189027", "00218-004-1189027"),
    ("healthcare_number", "I'm with Bupa, membership 7709 1844", "7709 1844"),
    ("healthcare_number", "H 4 4 2 9 0 1 7 7, that's the member number on my health insurance card.", "H 4 4 2 9 0 1 7 7"),
    ("passport_number", "The passport on the booking says N 7 7 2 0 4 1 5", "N 7 7 2 0 4 1 5"),
    ("drivers_license", "k as in kilo 7 7 2 0 4 1 9, that's off my driver's license.", "k as in kilo 7 7 2 0 4 1 9"),
    ("credit_card_number", "Put it on the card ending 8931, 662 is the code on the back.", "8931"),
    ("credit_card_cvv", "Put it on the card ending 8931, 662 is the code on the back.", "662"),
    ("phone_number", "the alternate is the office 080 5550 4471", "080 5550 4471"),
    ("password", "the door code for the gate is 1 9 4 7", "1 9 4 7"),
    ("password", "The PIN for the debit card, well I know I shouldn't say it, it's 4,8,1,9.", "4,8,1,9"),
    ("password", "My mother's maiden name? Kowalczyk.", "Kowalczyk"),
    ("vehicle_id", "My registration number is WN 68 KTE", "WN 68 KTE"),
    ("number_sequence", "The confirmation number for the room is 8 4 4 1 9 0 2 7", "8 4 4 1 9 0 2 7"),
    ("credit_card_expiration", "The expiry date, the month and year, is 07/2031", "07/2031"),
    ("money_amount", "It came to eleven thousand four hundred with the trade-in", "eleven thousand four hundred"),
    ("money_amount", "I was charged Rs 2,998", "Rs 2,998"),
    ("person_age", "i'm 34 and my partner is thirty-six", "thirty-six"),
    ("organization", "my NHS number is 943 476 5919", "NHS"),  # a programme, like Medicare
    ("location", "I live in 90210", "90210"),
    ("location", "it's in the 60614 area", "60614"),
    ("location", "send it to Boston 02118", "02118"),
    # from the blind extra_dev7 (numbers in context)
    ("drivers_license", "K 7 7 0, 1 4 2, 9 9 1 is what's on my driver's license", "K 7 7 0, 1 4 2, 9 9 1"),
    ("account_number", "HO-3348-9012 is my homeowners policy", "HO-3348-9012"),
    ("username", "gamer_4471 is my gamertag", "gamer_4471"),
    ("username", "Sign-in ID? RLOPEZ7.", "RLOPEZ7"),
    ("username", "My screen name's buckeye underscore fan 22", "buckeye underscore fan 22"),
    ("password", "Password's Tiger$2290, capital T.", "Tiger$2290"),
    ("us_social_security_number", "The social, uh, six oh one, uh, two two, nine nine one four",
     "six oh one, uh, two two, nine nine one four"),
    ("credit_card_cvv", "The little code on the signature strip is two two eight", "two two eight"),
    ("number_sequence", "imei on the phone is 352099001761481", "352099001761481"),
    ("person_age", "The baby is four months old.", "four"),
    ("person_age", "Two kids, 9 and 12.", "12"),
    ("money_amount", "I still owe nine hundred on the card.", "nine hundred"),
    ("statistics", "my sugar was two eighty before breakfast", "two eighty"),
    ("username", "it's kayla underscore b 7", "kayla underscore b 7"),  # an underscore makes a handle
    # from the blind, generated extra_dev8: hesitations between a cue and its value, shapes, cues after
    ("person_age", "Age? um 82.", "82"),
    ("person_age", "My son is uh, thirteen and still on my policy.", "thirteen"),
    ("username", "my user id um k.rivera22", "k.rivera22"),
    ("username", "Um I sign in as bluejay.w.", "bluejay.w"),
    ("credit_card_expiration", "valid, you know, thru november twenty twenty six", "november twenty twenty six"),
    ("credit_card_expiration", "Yeah the card's good until um april twenty twenty seven.", "april twenty twenty seven"),
    ("date_of_birth", "september fifteenth nineteen forty seven, uh that's my birthday?",
     "september fifteenth nineteen forty seven"),
    ("passport_number", "RY4S1F11O38 uh is the number on my passport.", "RY4S1F11O38"),
    ("healthcare_number", "5C48-WV8-NC67 is on my card", "5C48-WV8-NC67"),  # a Medicare MBI by its shape
    ("location", "What's the zip on the account? 38408.", "38408"),
    ("vehicle_id", "The registration um says 6ZCS268.", "6ZCS268"),
    ("password", "Um passcode for the voicemail is 2029.", "2029"),
    ("time", "okay what uh time? eleven twenty p m", "eleven twenty p m"),
    ("time", "Someone can come between seven and noon.", "seven and noon"),
    ("physical_attribute", "I've lost weight, I'm down to 200 lbs.", "200 lbs"),
    ("physical_attribute", "Right, so he's about 1.67 meters, maybe, um, taller.", "1.67 meters"),
    # kept after the review of session 4's changes
    ("phone_number", "the hospital number is 555-201-3344", "555-201-3344"),
    ("healthcare_number", "Her hospital number is RX4 471 902, she was on ward 9.", "RX4 471 902"),
    ("account_number", "my account status is 44718820", "44718820"),
    ("phone_number", "the number for my phone is 555 2013", "555 2013"),
    ("number_sequence", "the code is 12, 34, 56", "12, 34, 56"),
    ("time", "the meeting is at 1500", "1500"),
    ("password", "the code they texted me was 2021", "2021"),
    ("credit_card_number", "my card ending in 1999", "1999"),
    ("person_name", "my name is Um Chen", "Um Chen"),
    # numbers in whole calls: a cue belongs to the value said after it, a read-back keeps it
    ("phone_number", "Can you read me the member ID? W229 481 076. Thank you. And is (312) 555-0148 still "
                     "the best number?", "(312) 555-0148"),
    ("account_number", "Can you read me the member ID? W229 481 076. Thank you.", "W229 481 076"),
    ("passport_number", "I'll need your passport number. It's A09981342. So A 0 9 9 8 1 3 4 2? Yes.",
     "A 0 9 9 8 1 3 4 2"),
    ("credit_card_number", "Can I put a new card on it, in case they saw the old one? Of course. "
                           "4929 1102 8837 5520, expiry 06/27.", "4929 1102 8837 5520"),
    ("us_social_security_number", "Date of birth? 12 September 1990. And your PPS number? 8472915QA.", "8472915QA"),
    ("password", "It's asking for a code. We just texted it. It's 482 915. Great, that worked.", "482 915"),
    ("password", "I'll send a code to that email. Can you read it back? 551902. Thanks.", "551902"),
    ("phone_number", "I'm sending a one-time passcode to your mobile ending 0921.", "0921"),
    ("healthcare_number", "Bring your ID and your NHIS number if you have it. It's 44821907.", "44821907"),
    ("healthcare_number", "Thanks for calling BlueHarbor Health member services, can I have the member ID on "
                          "the card? It's XKH447902115.", "XKH447902115"),
    ("organization", "Good afternoon, you're through to Halden Bank, my name's Priya.", "Halden Bank"),
    ("person_name", "Can I get your name? Jun Park, J U N, P A R K. And the address?", "Jun Park"),
    ("location", "Where are you located? In Austin, but I'm open to moving to Seattle.", "Austin"),
    ("location", "It's 88 Quarry Lane, Winslow, AZ 86047.", "Winslow"),  # the city of an address
    ("location", "my address is 4 Beech Road, Harrow, Middlesex.", "Harrow"),
    ("event", "That's right, we're coming for Canada Day. Is there anything else?", "Canada Day"),
    ("event", "She's going to miss the Spring Science Fair on Thursday.", "Spring Science Fair"),
    ("event", "I'm flying to Boston for St. Patrick's Day.", "St. Patrick's Day"),
    ("event", "The conference is the Web Summit in Lisbon.", "Web Summit"),
    ("medical_process", "they're doing a splenectomy on Thursday", "splenectomy"),  # by its ending
    ("medical_process", "the tonsillectomies went fine", "tonsillectomies"),
    ("medical_condition", "she had her gallbladder out and now gastritis", "gastritis"),
    ("medical_condition", "my neuropathy is worse in the mornings", "neuropathy"),
    ("marital_status", "We separated in August, but the forms are joint.", "separated"),
    ("marital_status", "Then you can file married filing separately.", "married"),
    ("political_affiliation", "I'm thinking about the Greens, or just staying independent.", "independent"),
    # postal codes of other countries, at the end of an address or after their name
    ("location", "The address is 14 Jacaranda Crescent, Lynnwood, Pretoria, 0081? Yes.", "0081"),
    ("location", "Flat 302, Sai Residency, Baner Road, Pune, 411045. And an alternate number?", "411045"),
    ("location", "fourteen kookaburra close, blacktown, new south wales two one four eight. and a phone?",
     "two one four eight"),
    ("location", "19 Harbour Road, Howth, Dublin 13. And the Eircode? D13 XK72. Okay.", "D13 XK72"),
    ("location", "halifax, postal code b three h, three c four. and the new one?", "b three h, three c four"),
    # a value read back or corrected keeps its kind; a phone asked for by "what number"
    ("us_social_security_number", "your Aadhaar number. It's 4821 7730 9915. Sorry ma'am, one more time? "
                                  "4821 7730 9915. Thank you.", "4821 7730 9915. Thank"),
    ("number_sequence", "What's the ticket number? It's 9187442013, sorry, 91874 42031. Okay.", "91874 42031"),
    ("phone_number", "What number should he use? 087 341 9926. Grand.", "087 341 9926"),
    ("phone_number", "what's your number? oh eight seven, two two four, one one nine three",
     "oh eight seven, two two four, one one nine three"),
    ("passport_number", "We'll need his passport for that. I have it, it's Nigerian, number A05531872.", "A05531872"),
    ("account_number", "Are you a member of our rewards program? Yes, the number is PR-0092-5531.", "PR-0092-5531"),
    ("password", "An OTP has come to your mobile, please tell me. 482916. Verified.", "482916"),
    ("banking_information", "The cheque account, number 62284419032, branch code 250655.", "250655"),
    ("banking_information", "The cheque account, number 62284419032, branch code 250655.", "62284419032"),
    ("marital_status", "And your marital status? Married, in community of property.", "Married"),
    ("url", "You can check at keystoneed.com/pslf. I tried to log in.", "keystoneed.com/pslf"),
    ("url", "You'll need to file your weekly claim every Sunday at unemployment.ohio.gov.", "unemployment.ohio.gov"),
    ("email_address", "my email is will smith at acme.com", "will smith at acme.com"),
    ("username", "What username are you using? emrod_teach. I see the lock.", "emrod_teach"),
    ("username", "Which username are you logged in with? arjun.mehta06. Right.", "arjun.mehta06"),
    ("username", "What username do you use to log in? I made it skavanagh84.", "skavanagh84"),
    ("username", "What's the fake profile's username? maya.r.official. It uses my picture.", "maya.r.official"),
    ("date_of_birth", "Can I take your date of birth? 23/09/1987. And your NHS number?", "23/09/1987"),
    ("blood_type", "the form asks for blood type if you know it, hers is o positive. got it.", "o positive"),
    ("person_age", "and how old is she? eighty seven. she lives alone", "eighty seven"),
    ("person_age", "how old is your daughter? 9, and she loves it", "9"),
    ("language", "And is there someone who speaks Hausa? My aunt might call for me.", "Hausa"),
    ("organization", "I want to port my number from Vodafone to Airtel.", "Airtel"),
    ("medical_process", "They did the vaccinations and blood tests, and the report is fine.", "vaccinations"),
    ("medical_condition", "There's a real risk of theobromine poisoning.", "theobromine poisoning"),
    ("medical_condition", "she has a peanut allergy, she carries an epipen", "peanut allergy"),
    ("occupation", "No problem, the driver will bring one.", "driver"),
    ("occupation", "So the plan the doctor suggests is to start with IUI.", "doctor"),
    ("occupation", "We'll send an assessor out within 48 hours.", "assessor"),
    ("occupation", "two of our carers do, yes, and the intake coordinator will call", "carers"),
    ("drivers_license", "I need your driver's licence number for the hearing record. It's O623-4417-8902.",
     "O623-4417-8902"),  # the record is what the number is for, not its name
    ("location", "And place of birth? Enugu, Nigeria. He moved here in the 1970s.", "Enugu"),
    ("location", "Can you confirm the address? 14 Protea Road, Constantia, Cape Town. And your account?", "Cape Town"),
    ("organization", "Are you still with the same employer? Yes, Magsaysay Maritime, they'll send a letter.",
     "Magsaysay Maritime"),
    ("location", "we'll mail it to 409 Pell Street, Providence, Rhode Island, and email a copy.", "Providence"),
    ("organization", "The WHO is recommending masks.", "WHO"),
    ("drivers_license", "We'll need her licence when the patrol gets there. She's here, it's 18 447 902.",
     "18 447 902"),  # the document talked about, answered in a later sentence
    ("healthcare_number", "The TRICARE number in your file is TR 8841 0027 113, is that current?", "TR 8841 0027 113"),
    ("vehicle_id", "What's the registration? 191-D-24817. Let me see.", "191-D-24817"),
    ("vehicle_id", "What's the rego? DF 82 QR. And it's the silver Toyota.", "DF 82 QR"),
    ("credit_card_number", "Card number when you're ready. 4921 8830. Yep. 1175 6402. Expiry? 08/28.", "1175 6402"),
    ("credit_card_number", "Card number when you're ready. 4921 8830. Yep. 1175 6402. Expiry? 08/28.", "4921 8830"),
    ("person_name", "Albion Life, policy services, you're through to Hamza. Hello.", "Hamza"),
    ("political_affiliation", "He started arguing about APC and PDP, and I said no.", "PDP"),
    ("medical_process", "Your audiogram shows some loss. We'll also add hydrotherapy in week three.", "audiogram"),
    ("medical_process", "the first step would be medical detox, then the program", "medical detox"),
    ("passport_number", "the booking was under a different passport number. Which number do you have? AK0619482.",
     "AK0619482"),
    ("drivers_license", "my driver's license got renewed, is that a problem? nope, we'll just update it. what's the "
                        "new number? 41882097.", "41882097"),
    ("password", "I'm going to send a 6-digit code to your phone, please read it back when it arrives. Okay, it says "
                 "417 902. Verified.", "417 902"),
    # how agents answer and callers thank them, in whole calls
    ("organization", "Peaceful Rest Funeral Home, this is Gerald, how may I help you?", "Peaceful Rest Funeral Home"),
    ("organization", "little wattle early learning, this is kylie. hi kylie", "little wattle early learning"),
    ("organization", "hello, st. brigid's nursing home, bernadette speaking.", "st. brigid's nursing home"),
    ("organization", "Atlantic Skyways baggage services, this is Jennifer speaking.", "Atlantic Skyways"),
    ("organization", "Thanks for calling StreamBox support, my name is Hannah.", "StreamBox"),
    ("organization", "Hi, you've reached Kindred trust and safety, I'm Sam.", "Kindred"),
    ("organization", "thank you for calling cascade power, this is luis, how can i help", "cascade power"),
    ("organization", "Thank you for calling Bank of America, how can I help?", "Bank of America"),
    ("person_name", "Castillo Foods HR, this is Wendy. Hi Wendy, it's Omar.", "Wendy"),
    ("person_name", "Thank you, Marcus. And can you verify your date of birth?", "Marcus"),
    ("person_name", "Good morning, Passport Office, Ciarán speaking.", "Ciarán"),
    ("person_name", "Roosevelt Middle School, front office, Mrs. Patterson speaking.", "Mrs. Patterson"),
    ("person_name", "Thanks a million, Ciarán.", "Ciarán"),
    ("person_name", "Thanks, Declan. Mind yourself, Siobhán.", "Siobhán"),  # a listed name with its accent
    ("person_name", "Done. The engineer will be Ciarán, he'll ring you before he arrives.", "Ciarán"),
    # given names of many countries (names.txt.gz), where the NER reads a place or a company
    ("person_name", "the HR partner Kavya handles that", "Kavya"),
    ("person_name", "i spoke to nadia yesterday about the refund", "nadia"),
    ("person_name", "we need Pavel's signature on the form", "Pavel"),
    ("person_name", "the confirmation is 83310294 under Rosa Delgado", "Rosa Delgado"),
    ("person_name", "my neighbour ngozi lindqvist found the parcel", "ngozi lindqvist"),
    ("person_name", "hi it's oluwaseun dlamini calling about my bill", "oluwaseun dlamini"),
    ("location", "1420 Elm Street in Dayton 45402", "45402"),
    ("statistics", "my fever was 101.4", "101.4"),
    ("vehicle_id", "rego's 1 D X 4 R T, a silver ute", "1 D X 4 R T"),
    # from the last blind set, extra_dev9 (0.903 on arrival)
    ("vehicle_id", "I've got a 2018 Hyundai, reg 18-KY-3390, and the engine light's on.", "18-KY-3390"),
    ("money_amount", "The quote is R4,500 for the clutch", "R4,500"),
    ("us_social_security_number", "My National Insurance number is QQ 12 34 56 C.", "QQ 12 34 56 C"),
    ("us_social_security_number", "My Aadhaar number is 4821 7730 9916", "4821 7730 9916"),
    ("banking_information", "the routing number is two six zero, zero seven three, five one nine... no wait, "
     "two six zero, zero seven three, five one two", "two six zero, zero seven three, five one two"),
    ("occupation", "My case worker is Ms. Thembeka Mthembu.", "case worker"),  # the guidelines' own example
    ("occupation", "so he gets an aide for three hours a day", "aide"),
    ("money_amount", "the standing charge is 53 pence a day", "53 pence"),
    ("money_amount", "my income is roughly forty two thousand a year", "forty two thousand"),
    ("statistics", "My blood test came back, sugar at 7.9", "7.9"),
    ("credit_card_number", "The account PIN is 2 5 8 0 and the card ends 2964.", "2964"),
    # a month that is also a NATO letter, before its day: a date, not a spelled code
    ("date_of_birth", "she was born November 3, 1985", "November 3, 1985"),
    ("date", "the next slot is 21 November, 10:30 a.m.", "21 November"),
    ("time", "the next slot is November 21, 10:30 a.m.", "10:30 a.m."),
    ("healthcare_number", "The form asks for her Alberta health care number. It's 52384 1097.", "52384 1097"),
    ("healthcare_number", "And your CHI number, if you have it? Aye, it's on the letter, 031161 4275.", "031161 4275"),
    ("passport_number", "I'll need your passport number to update the ticket. FX482916.", "FX482916"),
    ("us_social_security_number", "And your ID number for verification? 29448170. Thank you.", "29448170"),
    ("us_social_security_number", "Bring your Aadhaar card. Okay, the number is 4821 7730 5196.", "4821 7730 5196"),
    ("banking_information", "It's IE70 BOFI 9000 1712 3456 78. So that's ending 3456 78, yes.", "3456 78"),
    ("phone_number", "My friend Jess, 0433 555 871, wait, no, sorry, 0433 555 817.", "0433 555 817"),
    ("occupation", "she'd feel more comfortable with a female tech", "tech"),
    ("occupation", "And a patrol officer attended at 3:05.", "patrol officer"),
    ("occupation", "I'll book a glazier for Tuesday.", "glazier"),
    ("event", "can we do something with the other societies for Pride?", "Pride"),
    ("event", "it's Carnaval week, so the fares are up", "Carnaval"),
    ("nationality", "we want to start a Turkish and Kurdish students society", "Turkish"),
    ("organization", "Welcome to Safiri driver support. My name is Wanjiru.", "Safiri"),
    ("organization", "Thank you for driving with Safiri, have a good day.", "Safiri"),
    # a NATO word that is a name, before a number: the name, then the number, not one spelled code
    ("phone_number", "emergency contact is my brother Mike, 415 555 0123", "415 555 0123"),
    ("phone_number", "please call Victor 415-555-0123", "415-555-0123"),
    ("password", "And the passphrase on the account? Blue kettle. Thanks.", "Blue kettle"),
    ("password", "your security question, first school? Oh God, um, Scoil Mhuire. Lovely.", "Scoil Mhuire"),
    ("banking_information", "The refund goes where? Capitec, account 1482 337 906, branch code 470010.", "1482 337 906"),
    ("account_number", "And your TAP Miles&Go number so the miles move over? TP 331 840 229.", "TP 331 840 229"),
    ("drivers_license", "the cdl number is uh four four eight one nine two oh seven", "four four eight one nine two oh seven"),
    ("number_sequence", "The pharmacy label has Rx 6023381 on it.", "6023381"),
    ("number_sequence", "The serial's stamped on a plate by the door hinge: 7H2K-99031.", "7H2K-99031"),
    ("number_sequence", "the toll notice has a violation number it's 7702 1148 33", "7702 1148 33"),
    ("number_sequence", "I was booked on UA 2291 out of Denver at 6:10", "UA 2291"),
    ("password", "the garage keypad is three three oh one then enter", "three three oh one"),
    ("phone_number", "my old number ended in zero one five five if that's still on file", "zero one five five"),
    ("credit_card_cvv", "Put it on the Amex, 3790 286640 79898. The four on the front are 2291.", "2291"),
    ("credit_card_cvv", "It's asking for the code, is that the 773 on the back?", "773"),
    ("passport_number", "The travel document number is P 4471 0092, the one they issued instead.", "P 4471 0092"),
    ("passport_number", "My old passport was 40918827, and the new one is 51127740.", "51127740"),
    ("healthcare_number", "Wristband says P-30918842. Forty-one, female.", "P-30918842"),
    ("credit_card_number", "Charge it to the one on file ending 7159? Oh wait, that one expired.", "7159"),
    ("banking_information", "send the ach to the one ending in seven seven oh one not the old savings", "seven seven oh one"),
    ("banking_information", "My paycheck goes into 4400 1937 2281 at Chase, but I switched banks.", "4400 1937 2281"),
    ("username", "Sign-in ID? It's nk0412. And the code came.", "nk0412"),
    ("money_amount", "Okay so the refund should be CA$9,039.", "CA$9,039"),
]

# one value, one span (the benchmark matches spans one to one: a value cut in two is a miss and a false alarm)
ONE_SPAN = [
    ("number_sequence", "the case number is four four seven one, dash, two two nine",
     "four four seven one, dash, two two nine"),
    ("number_sequence", "the tracking number is 1Z, 999, AA1, 0123", "1Z, 999, AA1, 0123"),
    ("date_interval", "we're closed October to January", "October to January"),
    ("date_interval", "I'm away May 5th to May 9th", "May 5th to May 9th"),
    ("time", "between 3 pm and 5 pm works", "3 pm and 5 pm"),
    ("phone_number", "call (617) 555-0182 extension 214", "(617) 555-0182 extension 214"),
    ("religion", "we're Orthodox Jewish", "Orthodox Jewish"),
]

NEGATIVES: list[tuple[str, str, str | None]] = [
    # (policy, line, piece that must not be tagged with it; None = the whole line)
    ("person_name", "I need to add my son today if possible", None),
    ("person_name", "my last name is spelled k as in kite o w a l s k i", "spelled"),
    ("person_name", "it's spelled out, B-E-A-R, like the animal", None),
    ("person_name", "press A B C D", None),
    ("person_name", "the promo code is S-A-V-E-T-E-N", None),
    ("person_name", "it's spelled b e a r", None),
    ("number_sequence", "press 1, 2, 3, 4 or 5 for more options", None),
    ("number_sequence", "the steps are 1, 2, 3, 4, 5", None),
    ("number_sequence", "the steps are 1, 2, 3, 4, 5, 6, 7, 8", None),  # counting, however long
    ("credit_card_cvv", "it's 1, 3, 5 or 7", None),
    ("number_sequence", "we stock sizes 4, 6, 8", None),
    ("number_sequence", "Oh, 5, 5, 5, hmm", None),
    ("medical_process", "the scope of the project is huge", None),
    ("medical_process", "He threw a jab at me", None),
    ("medical_process", "I have sleep apnea so I use a CPAP machine", "CPAP"),  # a device
    ("medical_process", "I had my bloods done at the surgery", "surgery"),  # the doctor's practice
    ("medical_condition", "that was a type 2 error", None),
    ("money_amount", "we had a grand day out", None),
    ("time", "I paid for half a dozen", None),
    ("location", "my nan is ninety two", "nan"),
    ("statistics", "two sugars please", None),
    ("person_name", "oh an Aries like my girlfriend haha, sorry", "haha"),
    ("person_name", "can i get the vin to double check. oof okay.", "oof"),
    ("organization", "okay thank you for calling Mr. Bains are you calling", "Mr"),
    ("money_amount", "your payment reference is your utr with a k on the end 8810442793k okay.", None),
    ("location", "go to your Walmart location", "Walmart"),
    ("number_sequence", "the sizes are 8, 10, 12", None),
    ("number_sequence", "it's 10, 11, 12", None),
    ("organization", "put it in the drop box by the door", None),
    ("date", "it's my twenty-first birthday party", "twenty-first"),
    ("date", "for the third time this week", "third"),
    ("political_affiliation", "the labour market is tough", None),
    ("political_affiliation", "a big independent bookstore", None),
    ("political_affiliation", "we had a huge green bin", None),
    ("person_age", "we need about 12, with extra chairs", None),
    ("person_age", "it'll take about 20, maybe 30 minutes", None),
    ("physical_attribute", "we ordered two, thin crust", None),
    ("physical_attribute", "it's 12, tall glass", None),
    ("location", "The train tickets are in the name of Mr. London, and yes", "London"),
    ("location", "Uh, the AT&T store told me to call this number instead.", "AT&T"),
    ("location", "Thanks Maria, London is lovely", "Maria"),
    ("password", "the pin is 4471 star", "star"),
    ("organization", "Hello thanks for calling you're through to the meter readings line", None),
    # look-alikes a review found in this session's rules
    ("duration", "It was, oh, 4, 5 days.", "oh, 4"),
    ("phone_number", "Ratings were 4, 5, 3, 5, 4, 5, 5.", None),
    ("number_sequence", "I'd say it's 2, 5, 10, a bit of everything.", None),
    ("date", "Skip to the fourth if you can.", None),
    ("medical_process", "The scope is pretty limited for this job.", None),
    ("medical_process", "There's a smear on the screen, the smear is still there.", None),
    ("medical_process", "I had a jab at fixing it myself.", None),
    ("medical_process", "My MMR dropped after that game.", None),
    ("medical_condition", "The connector is type 2.", None),
    ("physical_attribute", "We teach nonverbal communication skills.", None),
    ("physical_attribute", "The app has a colorblind mode.", None),
    ("political_affiliation", "He's an independent guy, does his own thing.", None),
    ("political_affiliation", "he's a big liberal with his money.", None),
    ("person_age", "The total looks like 45, maybe 50 with tip.", None),
    ("person_age", "I'll take about 10, white if you have them.", None),
    ("person_age", "How many staff on shift? Male, 12. Female, 15.", None),
    ("physical_attribute", "It's around the corner, tall red building.", None),
    ("physical_attribute", "The tyres are black and bald.", None),
    ("physical_attribute", "I'd say about 30, slim chance we win.", None),
    ("political_affiliation", "My son goes to an independent primary school.", None),
    ("nationality", "My husband's Italian is a bit rusty.", None),
    ("organization", "I bought new boots and the sky was grey", None),
    ("time", "The dose is half 5 ml.", None),
    ("time", "I failed the test by 3.", None),
    ("time", "The one at 2 works fine.", None),
    ("money_amount", "I paid 40 pounds 10 minutes ago.", "10 minutes"),
    ("money_amount", "It was a grand and glorious day.", None),
    ("organization", "Most Estate Agents charge a fee.", None),
    ("person_name", "Thank you for calling Mission Linen, how can I help?", None),
    ("money_amount", "my fever went up to 103.", None),
    ("money_amount", "I missed payment 3, can I pay it now?", None),
    ("blood_type", "type a b and c into the box", None),
    ("blood_type", "I'm the type on negative days to stay home", None),
    ("credit_card_number", "the card ending in 4417 was used on 8-8-24", "8-8-24"),
    ("organization", "I'm enrolled in autopay", None),
    ("organization", "I just eat breakfast at home", None),
    ("organization", "it's m t 5 5 0", "m t"),  # initials are no "M&T"
    ("location", "take the M6 2HW exit", None),
    ("credit_card_number", "the gift card number is 6006 4917 2231 0045", None),
    ("gender_sexuality", "A 56-year-old man was hit by a car.", None),  # "man"/"woman" are not labelled
    ("gender_sexuality", "It's the male end of the cable that broke.", None),
    ("marital_status", "I'm not married to that plan.", None),
    ("organization", "Just google it.", None),
    ("person_name", "username is dkhan_88", None),
    ("person_name", "cvc is 113 and the billing zip is 30309", "cvc"),  # the name of a number is no name
    ("organization", "Driver's license number is D412-7785-9003.", "Driver"),
    ("vehicle_id", "I've got a 2017 Honda, plate 7KXM214, VIN 1HGCM82633A004352.", "VIN"),
    ("organization", "We can uber over there after the game.", None),
    ("occupation", "the tech support guy was rude", None),
    ("credit_card_number", "order number 4532 7719 0286 4410", None),
    ("organization", "sure, and who's calling please?", None),
    ("number_sequence", "and the date of birth? eleven three seventy two", None),
    ("credit_card_expiration", "the offer expires in 120 days", None),
    ("organization", "back to square one with this sprint", None),
    ("person_name", "okay listen, I need help", None),
    ("person_name", "My IBAN is GB29 NWBK 6016 1331 9268 19.", "IBAN"),  # Iban is a given name too
    ("person_name", "the licence number is HARRI 802154 JD8LK", "HARRI"),  # capitals in a code
    ("person_name", "I moved to Nadia last year", None),  # where a place goes, the NER's place stands
    ("person_name", "this is my account.", None),
    ("organization", "thank you for calling back, i appreciate it", None),
    ("event", "Her favourite singer is Doris Day.", None),
    ("location", "I live at 12 Main Street and my order is 4412.", "4412"),
    # the review's look-alikes for this session's rules
    ("money_amount", "How much data does the plan have? About 100. How many people are on the plan? 100.", None),
    ("statistics", "We got 120 over 80 applicants, and she got 98 over 60 on the test.", None),
    ("blood_type", "The blood type question is optional. I'm a positive person.", None),
    ("marital_status", "We separated the recycling, they engaged a lawyer and we married the two systems.", None),
    ("username", "What username are you using? Honestly, I forget.", None),
    ("medical_condition", "It was cache poisoning, then data poisoning.", None),
    ("event", "Sarah Jane Day is my aunt. It comes in a Two Day box. See you Tuesday Week.", None),
    ("event", "Happy Canada Day to you!", "Happy"),
    ("password", "We sent the code to your phone. It's 2024 already.", None),
    ("location", "I live on 8 Elm Lane, it cost me 4500 to fix the roof.", "4500"),
    ("organization", "You've reached the right place.", None),
    # the blind no-PII calls (data/pii_eval/nopii_calls.jsonl): what a business is, said without a name
    ("organization", "pet store, this is the front desk. bike shop, how can i help. customer care, this is ben.", None),
    ("password", "did you try the forgot password link? it says password updated. set it to zero.", None),
    ("occupation", "Is there a dishwasher? Yes, and a washer and dryer.", None),
    ("medical_process", "now stand it up and attach the back panel with the small nails", None),
    ("person_name", "It's the electric kettle, K-E-T-T-L-E, the silver one.", None),
    ("organization", "Hi, thanks for calling the animal shelter, how can I help?", None),
    ("medical_process", "I posted the program on instagram, in kilograms.", None),
    ("organization", "Thanks for calling StreamBox Customer Support, my name is Hannah.", "Customer Support"),
    ("number_sequence", "Three guests in cabin 8142, deck nine. Did you claim it on line 41000?", None),
    ("passport_number", "I have my passport here. My order number is 55123881.", "55123881"),
    ("organization", "The plate started with 7F. Who is the neighbor with the camera?", None),
    ("organization", "Can you upload it as a PDF or JPG? The plan with the two GB per day.", None),
    ("person_name", "Keep that invoice, it's claimable. Your excess is $750.", None),
    ("occupation", "the server will restart at midnight, and the driver's license is expired", None),
    ("person_age", "how old is the car? 12. it runs fine", None),
    ("blood_type", "i have a positive attitude, and a b negative review", None),
    ("username", "What username should I pick? Something easy. What username are you using?", None),
    ("username", "one of the newer ones with the multi-point handle? It's just a normal door", None),
    ("organization", "Hi Linda, my name is Kenji Watanabe.", None),  # the caller greets the agent
    ("organization", "Hello, you're through to the gas emergency line. If you smell gas, leave.", None),
    ("organization", "Thanks for calling customer service, this is Ann.", None),
    ("organization", "hi kylie, my name's fatima rahman. Good morning ma, my name is Chiamaka Obi.", None),
    ("organization", "Okay, this is Dan from billing. Sounds good, this is all fine. G'day, this is Jack.", None),
    ("email_address", "the office has a lot of resources at umanitoba.ca/international", None),  # a site
    ("email_address", "You can check everything at voteohio.gov.", None),
    ("number_sequence", "Yes, I sent PORT to 1900 and got the code.", "1900"),  # an SMS short code
    ("password", "We sent a code to your phone. Your order number? 55123.", "55123"),
    ("phone_number", "What's the ticket number? It's 9187442013.", "9187442013"),
    ("marital_status", "the store said single items only, and the bill says married couples pay less", None),
    ("medical_condition", "I have sympathy for him, and a sense of nostalgia", None),
    ("number_sequence", "my 401k is at fidelity and the 403(b) is at Vanguard", None),
    ("event", "It was a Good Day, and This Week only, Every Day counts.", None),
    ("event", "she goes to Tremont Elementary. On Election Day the school is closed.", "On"),
    ("person_name", "My modem page says the WAN IP is 101.183.22.76.", None),  # acronyms are no names
    ("person_name", "For the KYC update, can you confirm your Aadhaar number?", None),
    ("person_name", "Your case number is DSP-5531-0087. So that's D S P, 5 5 3 1, 0 0 8 7?", None),
    ("person_name", "it's Winter#2291. So that's capital W, i n t e r, hash, 2 2 9 1?", None),
    ("person_name", "Hi Jack, my internet's been down and now my bill's gone up too.", "bill"),
    ("phone_number", "The card I'm calling about ends in 8814 and someone used it.", "8814"),
    ("password", "I sent the code yesterday. The population is 4512.", "4512"),
    ("organization", "thank you for calling the pharmacy, this is dee", "pharmacy"),
    ("organization", "Thanks for calling in today.", None),
    ("person_name", "Bonjour, hi, I'd like to ask about my benefits. Oui, please.", None),  # courtesy words
    ("organization", "Merci, Rachel. Bonne journée.", "Bonne journée"),
    ("person_name", "is anyone there?", None),
    ("money_amount", "he's six one and about two hundred pounds", None),
    ("date_of_birth", "What's your date of birth? And when did you move? In March 2019.", "March 2019"),
    ("account_number", "I've had an account there for years", None),
    ("banking_information", "the bank is closed on Sunday", None),
    ("number_sequence", "press 4471 to confirm", None),
    ("physical_attribute", "The queue's mad today, we're really short-staffed.", None),
    ("gender_sexuality", "it's a male to male aux lead", None),
    ("credit_card_expiration", "the sale runs out on 08/31", None),
    ("credit_card_expiration", "the offer is good till 08/31", None),
    ("date_of_birth", "June 5th is the big birthday party", None),
    ("banking_information", "we moved 3000 from the savings account", None),
    ("phone_number", "the product code is 0123456789", None),
    ("phone_number", "the ISBN is 0306406152", None),
    ("username", "i use snake_case for variables", None),
    ("username", "the variable is max_value in the config", None),
    ("person_age", "I have two children, 4 bedrooms and a big yard", None),
    ("location", "she moved to 12345 different places", None),
    ("number_sequence", "the amounts were 45, um, 60 and 75", None),
    ("statistics", "I'd like sugar in my coffee with 2 spoons", None),
    ("statistics", "the temperature is 30 degrees outside", None),
    ("statistics", "the fever broke at 3 in the morning", None),
    ("physical_attribute", "I'm 1.5 m away from the door", None),
    ("vehicle_id", "my college reg number is 2019445", None),
    ("healthcare_number", "the code on the box is 1EG4TE5MK72", None),
    ("location", "okay, so it's a three bedroom place", None),
    ("organization", "So my uh electric bill has the account listed", "uh electric"),
    ("organization", "Cholesterol was one eighty?", "Cholesterol"),
    ("person_name", "Call me after 9 a.m.", "after"),
    ("number_sequence", "I'm number fifteen uh in the queue", None),
    ("vehicle_id", "um my truck the 2015 one vin w k one x seven d c a five z c n nine one n thirty seven", "2015"),
    ("physical_attribute", "the rate went up to 12%", None),
    ("physical_attribute", "The monthly premium went up to two hundred and forty seven pounds forty one.", "pounds"),
    ("vehicle_id", "My daughter's DOB um five six ninety six", "DOB"),
    ("username", "email me at kayla_b7@gmail.com", "kayla_b7"),
    ("username", "the file is tax_return.pdf", "tax_return"),
    ("password", "my voicemail PIN, don't laugh, is 1234", "don't"),
    ("password", "my PIN? I'd rather not say it out loud", "I'd"),
    ("money_amount", "a 2 pound bag of rice", None),
    ("money_amount", "Password's Tiger$2290, capital T.", "$2290"),
    ("organization", "the s s n ends in 2280", "the s s n"),
    ("drug", "we're boarding at gate B12", None),
    ("drug", "creatinine was 1.9 and the potassium 5.6", None),
    ("person_name", "creatinine was 1.9 and the potassium 5.6", "creatinine"),
    ("number_sequence", "the error code was 0x80070005", None),
    ("number_sequence", "the printer says paper jam code E-04", None),
    ("person_name", "i'm 34 and my partner is thirty-six", "thirty-six"),
    ("person_name", "dob is oh seven oh three eighty one", "dob"),
    ("number_sequence", "Job number for the repair is J-22918, the 2015 Mazda.", "2015"),  # a model year
    ("number_sequence", "do I send in the W-2 or the 1099 first?", None),
    ("number_sequence", "I scanned 30 items and the receipt only shows 29.", None),
    ("healthcare_number", "MRN 00741229, 67-year-old male", "67-year-old"),
    ("statistics", "it's the 3 in 1 printer", None),
    ("password", "I need two of the 3-pin adapters, please.", None),
    ("organization", "The APR on the card is twenty four point nine nine percent", None),
    ("organization", "My National Insurance number is JT 47 19 82 B", "National Insurance"),
    ("number_sequence", "we close at 2100 on weekdays", None),  # a 24-hour clock time
    ("number_sequence", "the population is 25000", None),  # a round count
    ("number_sequence", "my score was fourteen fifty", None),  # read as amounts are, not as codes
    ("number_sequence", "the dress was ninety nine ninety nine", None),
    ("blood_type", "A positive attitude helps", None),
    ("credit_card_cvv", "I have 3 kids", None),
    ("credit_card_expiration", "the milk expires tomorrow", None),
    ("credit_card_number", "the number is 4111 1111 1111 1112", "4111 1111 1111 1112"),
    ("date", "I may be late", "may"),
    ("date", "we march every year", "march"),
    ("date_interval", "wait a second please", None),
    ("date_of_birth", "the meeting is March 7, 2024", None),
    ("drivers_license", "I drive to work", None),
    ("drug", "I drank some water and went to sleep", None),
    ("duration", "hang on a second", None),
    ("email_address", "I'm at home right now", None),
    ("event", "today was a marathon of meetings", None),
    ("filename", "that's a good point", None),
    ("gender_sexuality", "go straight ahead at the light", None),
    ("healthcare_number", "my order number is 88812345", None),
    ("injury", "I cut the price by ten dollars", None),
    ("ip_address", "version 1.2.3 is out", None),
    ("language", "I love Italian food", "Italian"),
    ("location", "that sounds fine to me", None),
    ("marital_status", "a single payment is fine", None),
    ("medical_condition", "please add me to the list", None),
    ("medical_process", "I need to run a quick test of the app", None),
    ("money_amount", "I have 2 dogs", None),
    ("money_amount", "the package weighed 3 pounds", None),
    ("nationality", "the white car is mine", None),
    ("number_sequence", "I have 25 employees", None),
    ("number_sequence", "i still need my w-2 and the 1099 form", None),  # a form's name, not a code
    ("banking_information", "I'm checking in on May 14th.", None),  # checking in: no bank account
    ("email_address", "we met at google.com headquarters", None),
    ("date", "call 1-800-555-0199 anytime", None),
    ("location", "the reference is KQ7 4TH", None),  # a postcode's shape after a code's name
    ("location", "The Reference KQ7 4TH", "Reference"),
    ("location", "Invoice 44719 is paid", None),
    ("number_sequence", "we have about 1500 customers in the area", None),
    ("number_sequence", "it's on page 1204 of the manual", None),
    ("occupation", "my driver's license is in the car", None),
    ("organization", "thank you so much", None),
    ("passport_number", "we need to pass the port", None),
    ("password", "I forgot my password", None),
    ("password", "my pin is 4471 and ID 22", "and ID 22"),
    ("person_name", "the booking code is A B C", None),
    ("location", "we need 5g road coverage", None),
    ("person_age", "I'm 27 minutes away", None),
    ("person_name", "this is great, thanks", None),
    ("phone_number", "we had 555 people there", None),
    ("physical_attribute", "keep it short please", None),
    ("political_affiliation", "he's very independent for a toddler", None),
    ("religion", "that's a religious experience", None),
    ("statistics", "the 5th one", None),
    ("time", "I have 2 minutes", None),
    ("url", "sounds good dot dot dot", None),
    ("us_social_security_number", "the social worker's case number is 000-12-3456", "000-12-3456"),
    ("ip_address", "firmware 4.2.0.11 is what it says on the screen", "4.2.0.11"),  # a version
    ("number_sequence", "the claim's for my 2019 Hyundai", "2019"),  # a model year
    ("credit_card_expiration", "the order was WS-77301 and the tracking 9400 1118 9922 3409 1187 22", "1187"),
    ("location", "my card pin code is 482915 okay", "482915"),  # a bank PIN, not India's postal PIN code
    ("location", "We had 1500 Toronto fans there", "1500"),
    ("number_sequence", "What size tyres are they? It says 700 by 32 on the side.", "700"),
    ("occupation", "the printer driver is outdated", "driver"),
    ("drug", "we surfed the riptide at high tide last weekend", "riptide"),
    ("password", "it's pin 2 and pin 5 on the connector that are bent", "2"),
    ("phone_number", "Do you have your juror participant number? It's on the top, 2025-118304.", "2025-118304"),
    ("date_interval", "he had a fall in March and fractured his hip", "fall"),
    ("money_amount", "so for melatonin at that amount in a twenty eight pound child we expect sleepiness",
     "twenty eight pound"),
    ("password", "Yeah, I can't remember the password though.", "though"),
    ("money_amount", "QF 11 to Los Angeles, seat 44K, departing 9:35 p.m.", "44K"),
    ("person_name", "Thanks. Mark the invoice as paid and bill the client.", "Mark"),  # a verb starting a sentence
    ("us_social_security_number", "my dental plan id is YCT131991315.", "YCT131991315"),
    ("organization", "He has ADHD and dyslexia and already has an IEP with the district.", "IEP"),
    ("occupation", "It's with Aviva, and the other driver's reg was LK19 FWD.", "driver"),
    # sentences start with capitals, so a lower-case proper-name word is the everyday one
    ("location", "The china cabinet arrived with a crack.", "china"),
    ("nationality", "The french toast at that place is worth the wait, trust me.", "french"),
    ("location", "We had turkey sandwiches for lunch.", "turkey"),
    ("political_affiliation", "That's a conservative guess, it could easily be more than that.", "conservative"),
    ("political_affiliation", "She's got a liberal hand with the hot sauce.", "liberal"),
    ("occupation", "I sat in the driver's seat", "driver"),
    ("organization", "The laptop is a 14 inch with 16 gigs of RAM.", "RAM"),
    ("person_name", "my uni email is s3881942 at student dot rmit dot edu dot au", "uni"),
    ("occupation", "My father Brendan is coming too.", "father"),
    ("number_sequence", "the firewall rule is number 12 in the list.", "12"),
    ("number_sequence", "Your call is important to us. You are caller number twelve.", "twelve"),
    ("money_amount", "VIN number, JK1ULX7X7MJ811566. Mileage is about 62,000.", "62,000"),
    ("passport_number", "It's ZX4471920. I'm reading it off the email you sent.", "ZX4471920"),  # no travel talk
    ("person_name", "it's c dot eze at yahoo dot com, C for Charlie.", "Charlie"),  # a spelling word
    ("person_name", "Wa alaikum salam, hello, I'd like to give my zakat.", "Wa alaikum salam"),
    ("person_name", "Of course, JazakAllah khair. Have you donated with us before?", "JazakAllah khair"),
    ("person_name", "Righto. His next dialysis is Tuesday anyway.", "Righto"),
    ("occupation", "I'm calling from Kerrigan & Doyle Solicitors about the role.", "Solicitors"),
    ("occupation", "the PTA is doing a fundraiser", "fundraiser"),
    ("password", "Please change your password once it unlocks and don't reuse the old one.", "once"),
    ("credit_card_number", "His ID number is 620315 5809 084.", "620315 5809 084"),  # a Luhn ID, 13 digits, no Visa
    ("password", "I only have a 4 digit PIN option on this phone, not 6.", "option"),
    ("us_social_security_number", "the code is 666-45-6789", "666-45-6789"),
    ("username", "I can't get to the login page", None),
    ("vehicle_id", "the car is blue", None),
    ("zodiac_sign", "my friend Leo called", None),
    ("number_sequence", "she was born November 3, 1985", None),
    ("password", "the password comes in the email with the link", None),
    ("password", "The PIN pad at the register is broken", None),
    ("date", "go to the second one on the left", None),
    ("number_sequence", "we're boarding at gate B12", None),
    ("marital_status", "my ex-boss called me", None),
    ("marital_status", "sorry, the line is engaged", None),
    ("person_name", "under my late husband's name, so. Let's set you up fresh then.", None),
    ("organization", "Namaste, tax settlement helpline, this is Rohit, how can I help?", "Namaste"),
    ("person_name", "xin chào, saigon fit club member services, huy speaking.", "chào"),
    ("organization", "Our fee is $99 a month by ACH. Routing number?", None),
    ("number_sequence", "So the standard package with the casket, the tent and catering for two hundred is R38,500", None),
    ("number_sequence", "they're the M-410 type, we'd have to order those, or we fit the CX-9 ones", None),
    ("number_sequence", "we drove on US 101 from LA", None),
    ("event", "I need a return label for uh, RMA um, RMA84326!", "RMA"),
    ("location", "The form's called the I-9, and I'm stuck on section 2.", None),
    ("date_interval", "I got a CP2000 notice in the mail", None),
    ("physical_attribute", "My paycheck was short, it should have been 2,418 after taxes", None),
    ("person_name", "Sure. The max upload size is 25 megabytes, says Anna.", "max"),
    ("number_sequence", "It's a 1080p camera with 2x zoom", None),
    ("number_sequence", "The screen says now serving 44 and I'm number 51, so it's a while.", None),
    ("money_amount", "My iPhone 14 won't charge past halfway anymore.", None),
    ("money_amount", "The box says 4K HDR and 120 hertz", None),
    ("vehicle_id", "The repair tag zip-tied to my laptop reads SRV 0932 771.", None),
    ("us_social_security_number", "her id at the school is 33491802 and she can't log in", None),
    ("password", "you'll need to set a PIN for the phone system, four digits", "system"),
    ("occupation", "I ordered the size 10 in the trainers", None),
    ("occupation", "he's a good driver", None),
    ("event", "we take pride in our service", None),
    ("organization", "Welcome to Canada, how was the flight?", None),
    ("us_social_security_number", "my employee ID number is 4471920", None),
]

NO_PII = [
    "That sounds good, thank you so much for your help.",
    "Okay, let me check on that for you, one moment.",
    "um yeah I think that's right, can you hold on",
    "Is there anything else I can help you with today?",
    "I'll transfer you to the right department.",
    "sorry, could you repeat that?",
    # a bare "number" before a small number names a menu item or a shirt, nobody's code (blind set 24)
    "can I get two number fourteens, and a number twenty seven, the one with the crispy noodles?",
    "I've been using the liquid stuff, number four, one capful.",
    "he wore number 23 for the bulls",
    "enter your pin followed by the pound sign",
    "it was 3 plus 4 so 7",
    # compound nouns whose first word is a nationality, a place or a name (blind sets 23 and 25)
    "the kids want french fries and the swiss cheese one.",
    "the turkey sandwich was cold when it arrived",
    "The amber light on the modem keeps blinking.",
    "Is that a Phillips head or a flat head?",
    "it's the male end of the cable that's bent, not the female one",
    "Use a liberal amount of the sealant around the edges.",
    "rose bushes need more sun than that",
    "i'll just google it and call you back!",
    "the box says batteries not included but there were four in there",
    "i think that's a negative for us",
    "QA note: the agent repeated the whole thing out loud",
    "it keeps rejecting my SSH key",
    "the walls are green",
    "you'll need to fill out like form I-130 first!",
    "So um use code SPRING15 at checkout for the discount.",
    "it's open 24/7 and the ratio is fine",
    "she's green with envy",
]


def _covers(ents: list[Entity], policy: str, start: int, end: int) -> bool:
    return any(e.policy == policy and e.start < end and start < e.end for e in ents)


def test_every_policy_has_positive_and_negative_cases() -> None:
    assert {p for p, _, _ in POSITIVES} == set(POLICIES)
    assert {p for p, _, _ in NEGATIVES} == set(POLICIES)


@pytest.mark.parametrize("policy,line,want", POSITIVES, ids=[f"{p}:{w}" for p, _, w in POSITIVES])
def test_positive(policy: str, line: str, want: str) -> None:
    ents = find_pii(line)
    start = line.index(want)
    assert _covers(ents, policy, start, start + len(want)), ents


@pytest.mark.parametrize("policy,line,want", ONE_SPAN, ids=[f"{p}:{w}" for p, _, w in ONE_SPAN])
def test_one_value_is_one_span(policy: str, line: str, want: str) -> None:
    assert [e.text for e in find_pii(line) if e.policy == policy] == [want]


def test_a_date_range_keeps_its_dates_when_only_dates_are_asked_for() -> None:
    assert [e.text for e in find_pii("I'm away May 5th to May 9th", ["date"])] == ["May 5th", "May 9th"]


@pytest.mark.parametrize("policy,line,piece", NEGATIVES, ids=[f"{p}:{l[:30]}" for p, l, _ in NEGATIVES])
def test_negative(policy: str, line: str, piece: str | None) -> None:
    ents = find_pii(line)
    start, end = (0, len(line)) if piece is None else (line.index(piece), line.index(piece) + len(piece))
    assert not _covers(ents, policy, start, end), ents


def test_no_pii_lines_untouched() -> None:
    assert find_pii_batch(NO_PII) == [[] for _ in NO_PII]


def test_entities_sorted_non_overlapping_and_true_to_text() -> None:
    line = ("Hi this is Sarah Jones, my number is 415-555-0123, email sarah dot jones at gmail dot com, "
            "born March 7, 1961, card 4111 1111 1111 1111 expires 11/27, CVV 080.")
    ents = find_pii(line)
    assert ents == sorted(ents)
    for a, b in zip(ents, ents[1:]):
        assert a.end <= b.start
    for e in ents:
        assert line[e.start:e.end] == e.text and 0 < e.score <= 1
    assert {e.policy for e in ents} >= {"person_name", "phone_number", "email_address", "date_of_birth",
                                        "credit_card_number", "credit_card_expiration", "credit_card_cvv"}


def test_policy_filter_and_cue_disambiguation() -> None:
    line = "I was born on March 7, 1961 and my SSN is 123-45-6789"
    only_dates = find_pii(line, ["date"])
    assert [e.policy for e in only_dates] == ["date"]  # a date of birth is still a date when DOB is not asked
    assert [e.policy for e in find_pii(line, ["date_of_birth"])] == ["date_of_birth"]
    assert find_pii(line, []) == []
    # the same digits read as an account, a health plan number or a bank account by their cue
    for line, policy in (("account number 55512345678", "account_number"),
                         ("my medicare number is 55512345678", "healthcare_number"),
                         ("my bank account number is 55512345678", "banking_information")):
        assert [e.policy for e in find_pii(line) if e.text == "55512345678"] == [policy]


def test_batch_matches_single() -> None:
    lines = [p[1] for p in POSITIVES[:12]] + NO_PII[:2]
    assert find_pii_batch(lines) == [find_pii(t) for t in lines]


def test_names_inside_an_address_are_names_when_only_names_are_asked_for():
    line = "and the email is Sarah.Mitchell.indicample.com"
    assert [(e.text, e.policy) for e in find_pii(line)] == [("Sarah.Mitchell.indicample.com", "email_address")]
    assert [e.text for e in find_pii(line, ["person_name"])] == ["Sarah", "Mitchell"]
    assert [e.text for e in find_pii("my handle is david_lee_88", ["person_name"])] == ["david", "lee"]


def test_what_a_call_talked_about_long_before_does_not_type_a_number() -> None:
    """In a whole call, bank talk at its start says nothing of an account number read minutes later."""
    call = ("Hi, I want my pay to go to a new bank account, the routing number is 021000021 and the checking "
            "account is 4410 9923 817. Got it, that's updated for the next payroll. " + "Anything else? " * 12 +
            "Yes, my phone plan. I see a roaming charge of $60, I've waived it. Your account number with us is "
            "1004 8829 31 if you need it.")
    by_text = {e.text: e.policy for e in find_pii(call)}
    assert by_text["4410 9923 817"] == "banking_information"
    assert by_text["1004 8829 31"] == "account_number"


def test_a_sentence_that_names_its_own_value_takes_no_cue_from_the_sentence_before() -> None:
    """"The mileage is ..." names the number; the passport talked of before it does not."""
    kinds = {e.text: e.policy for e in find_pii("Your passport is fine. Anything else? The mileage is 55123881")}
    assert kinds.get("55123881") != "passport_number"
    kinds = {e.text: e.policy for e in find_pii("I need your passport. The number is A1234567.")}
    assert kinds["A1234567"] == "passport_number"  # a bare "number" still takes the cue


def test_an_unknown_policy_is_an_error_and_one_name_is_one_name() -> None:
    """A misspelt policy found nothing and said nothing (a silent leak); a string was read as its letters."""
    from piikit.errors import ParamError

    with pytest.raises(ParamError, match="unknown policy 'phone'"):
        find_pii("call me at 415-555-0123", policies=["phone"])
    assert [e.policy for e in find_pii("call me at 415-555-0123", policies="phone_number")] == ["phone_number"]


# a key number run into its neighbour (a date, a time, a unit word, a name that is a NATO letter, an odd
# space) was checked as one run, failed, and was dropped or cut: a leak of the key policies
KEY_NEXT_TO_ANOTHER = [
    ("it's 4111 1111 1111 1111 11/27 123", "4111 1111 1111 1111", "credit_card_number"),
    ("card number 4111 1111 1111 1111 points were not credited", "4111 1111 1111 1111", "credit_card_number"),
    ("my number is 415 555 0123 3 pm works best", "415 555 0123", "phone_number"),
    ("call me at 415-555-0123 days, or 415-555-0199 evenings", "415-555-0123", "phone_number"),
    ("ssn 123-45-6789 3/4/1985 is my birthday", "123-45-6789", "us_social_security_number"),
    ("my social is 123-45-6789 years ago", "123-45-6789", "us_social_security_number"),
    ("my social is 123  45  6789", "123  45  6789", "us_social_security_number"),
    ("my social is 123\t45\t6789", "123\t45\t6789", "us_social_security_number"),
    ("Mike 123-45-6789", "123-45-6789", "us_social_security_number"),
    ("for Victor 4111 1111 1111 1111", "4111 1111 1111 1111", "credit_card_number"),
    ("my brother mike 555 0123", "555 0123", "phone_number"),
    ("the appointment is March 4th 2024, my social is 123-45-6789", "March 4th 2024", "date"),
]

# values in the shapes calls give them: a two-digit birth year, a day then an hour, an age before a new
# clause, names of three words with particles and accents, cues in unusual words (blind sets 18-22)
AS_SPEECH_GIVES_THEM = [
    ("born june fifth ninety nine", "june fifth ninety nine", "date_of_birth"),
    ("date of birth march 5, 85", "march 5, 85", "date_of_birth"),
    ("the appointment is March 7 3 pm", "March 7", "date"),
    ("the appointment is March 7 3 pm", "3 pm", "time"),
    ("see you November 14, 3 pm", "3 pm", "time"),
    ("I'm 45 my phone is 415-555-0123", "45", "person_age"),
    ("12 Oak Drive Houston TX 77002", "TX", "location"),
    ("ship to 12 oak drive houston tx 77002", "77002", "location"),
    ("see you on Monday", "Monday", "date"),
    ("let's meet at noon", "noon", "time"),
    ("due on the 3rd", "3rd", "date"),
    ("back in the 1990s", "1990s", "date_interval"),
    ("exp 11/27 and the code on the back is 123", "123", "credit_card_cvv"),
    ("my social is １２３-４５-６７８９", "１２３-４５-６７８９", "us_social_security_number"),
    ("go to triple w dot example dot com slash help", "triple w dot example dot com slash help", "url"),
    ("my number is double four twenty seven nine four six oh nine five eight",
     "double four twenty seven nine four six oh nine five eight", "phone_number"),
    ("Um so can we move it to the fifteenth?", "fifteenth", "date"),
    ("I was away november sixth to the tenth.", "november sixth to the tenth", "date_interval"),
    ("we're uh married, so list us both!", "married", "marital_status"),
    ("It's my um, COPD acting up again.", "COPD", "medical_condition"),
    ("Can you refill my melatonin?", "melatonin", "drug"),
    ("His Twitch name is ToasterStrudel9.", "ToasterStrudel9", "username"),
    ("The admin account is admin_kfarouk, and the server keeps timing out.", "admin_kfarouk", "username"),
    ("My login got changed to lwilson02 after the merger.", "lwilson02", "username"),
    ("Mother's maiden name? That would be Kowalski, with a K.", "Kowalski", "password"),
    ("First pet? That was Shadow.", "Shadow", "password"),
    ("my IBAN is GB47 BARC 2003 5844 1172 09, and it's 1,200 euros", "GB47 BARC 2003 5844 1172 09", "banking_information"),
    ("my IBAN is GB47 BARC 2003 5844 1172 09, and it's 1,200 euros", "1,200 euros", "money_amount"),
    ("My paycheck was short, it should have been 2,418 after taxes", "2,418", "money_amount"),
    ("The transit is 00412, institution 003, and the account is 1187204.", "1187204", "banking_information"),
    ("The PNR? Yankee, Kilo, 2, 8, Quebec, Lima.", "Yankee, Kilo, 2, 8, Quebec, Lima", "number_sequence"),
    ("The job number? Yeah, hang on, it's JN 7 0 4 4 1.", "JN 7 0 4 4 1", "number_sequence"),
    ("Our deck permit came through as BP-2024-01177, but no one came.", "BP-2024-01177", "number_sequence"),
    ("I had COVID-19 last year", "COVID-19", "medical_condition"),
    ("And for the claim they want your ID number. 9009110254083. Thank you.", "9009110254083", "us_social_security_number"),
    ("It's Brazilian, the CNH, 04817733920. And the passport", "04817733920", "drivers_license"),
    ("Your patient file number? It's on the, um, the sticker, CFC 09731.", "CFC 09731", "healthcare_number"),
    ("There's a car park gate at the new place, the code is 4829, then hash.", "4829", "password"),
    ("And the hull ID, it's on the transom, starboard side? NZX44172C919.", "NZX44172C919", "vehicle_id"),
    ("my cat was supposed to arrive in Manila on PO 418 from Vancouver", "PO 418", "number_sequence"),
    ("I'm on flight DL 408 to Atlanta", "DL 408", "number_sequence"),
    ("Good morning, Kenya National Blood Transfusion Service, donor line, Akinyi speaking.",
     "Kenya National Blood Transfusion Service", "organization"),
    ("Castillo Foods HR, this is Wendy.", "Castillo Foods", "organization"),
    ("the egg retrieval is under sedation", "sedation", "medical_process"),
    ("My matric number is 5490412546 uh no 5409412546.", "5409412546", "number_sequence"),
    ("the officer wrote down my license as DL37470511, no, um, you know, hang on, DL73470511.",
     "DL73470511", "drivers_license"),
    ("By the way, uh I'm 62 if that matters.", "62", "person_age"),
    ("Uh 2012, that's my badge number.", "2012", "number_sequence"),
    ("booking reference, I wrote it on the back of an envelope, hang on, it's JE2ZZG.", "JE2ZZG", "number_sequence"),
    ("Right and the ticket? It's SR-841-407", "SR-841-407", "number_sequence"),
    ("The car blocking my driveway 94-D-74462 has been there since this morning.", "94-D-74462", "vehicle_id"),
    ("National Insurance uh number, I mean BE 57 20 45 C.", "BE 57 20 45 C", "us_social_security_number"),
    # names of three words, with particles and accents, and names that are words (red-team probe 2)
    ("my name is mary ann smith.", "mary ann smith", "person_name"),
    ("My name is Jan de Vries.", "Jan de Vries", "person_name"),
    ("my name is josé martínez", "josé martínez", "person_name"),
    ("My name is María Fernanda Rodríguez Pérez and I need help", "María Fernanda Rodríguez Pérez", "person_name"),
    ("my name is Summer Williams.", "Summer Williams", "person_name"),
    ("Name? It's Marcus Oyelaran. Thanks.", "Marcus Oyelaran", "person_name"),
    ("it's for my father, Gurdev Singh Sandhu. And how old is he?", "Gurdev Singh Sandhu", "person_name"),
    ("His mom, Mariana Vázquez. Thanks.", "Mariana Vázquez", "person_name"),
    ("my ex-wife took the car", "ex-wife", "marital_status"),
    ("my ex-husband's car", "ex-husband", "marital_status"),
    ("my dad has Parkinson's", "Parkinson's", "medical_condition"),
    ("I'm a cancer survivor.", "cancer", "medical_condition"),
    ("I'm calling from Bogotá.", "Bogotá", "location"),
    ("we live in Ciudad de México now", "México", "location"),
]

# "last four" counts the digits that follow; it is no digit of the value and no CVV's "four digits"
LAST_FOUR_SAID = [
    ("my amex, last four 1005", "1005", "credit_card_number"),
    ("visa last four 1005", "1005", "credit_card_number"),
    ("the card's last four, 1005", "1005", "credit_card_number"),
    ("the last 4 digits are 4242 on my discover", "4242", "credit_card_number"),
    ("my social last four 6789", "6789", "us_social_security_number"),
    ("last four six seven eight nine", "six seven eight nine", "credit_card_number"),
    ("my card's last four are four two four two", "four two four two", "credit_card_number"),
    ("it's been the last four years", "four years", "duration"),
    ("the last four digits are 4242", "4242", "credit_card_number"),
    ("the rental tag on my snowboard ends in four four one nine", "four four one nine", "number_sequence"),
    ("My social is 532-44-7187. Ending 7187, and your date of birth?", "7187", "us_social_security_number"),
]

# a value's kind said after it past a word of its issuer, a last four of a named kind, a correction that
# says which one is wrong (blind set 23)
KIND_SAID_OTHERWISE = [
    ("B4471902, that's the number on my Nevada driver's license.", "B4471902", "drivers_license"),
    ("My passport number ends in 9904.", "9904", "passport_number"),
    ("The number that keeps calling me ends in 0199.", "0199", "phone_number"),
    ("my license number is wrong, it's F255-921-50-094-0, not F255-921-50-049-0.", "F255-921-50-049-0", "drivers_license"),
    ("The DMV has my license as H120-4471-9921, but the card says H120-4471-9912.", "H120-4471-9912", "drivers_license"),
    ("your ticket is number 88", "88", "number_sequence"),
    ("And the VIN? It's on the windscreen, um, MR0FB8CD3K0127730.", "MR0FB8CD3K0127730", "vehicle_id"),
    ("His student number will be MS 20418.", "MS 20418", "number_sequence"),
    ("I live in Jackson MS 39201", "39201", "location"),
    ("is your Wi-Fi password still the default? No, it's Casa_Lupita_77.", "Casa_Lupita_77", "password"),
    ("you need a pin, want to set it now? two two five nine.", "two two five nine", "password"),
    ("And your twelve-digit ID for verification? 5521 8830 4417.", "5521 8830 4417", "us_social_security_number"),
    ("And your codice fiscale? BNCMRC79C12F205X.", "BNCMRC79C12F205X", "us_social_security_number"),
    ("it cost XOF 15,000 in total", "XOF 15,000", "money_amount"),
    ("I moved to Turkey last year", "Turkey", "location"),
    ("I'm female, 34", "female", "gender_sexuality"),
    ("I'm calling about 9509-028, it never shipped", "9509-028", "number_sequence"),
    ("I called Allstate Insurance yesterday", "Allstate Insurance", "organization"),
    # a party by a vote, a registration, a switch or its volunteer; a former spouse (blind set 27)
    ("I switched from Green to liberal", "Green", "political_affiliation"),
    ("My whole family votes Democratic", "Democratic", "political_affiliation"),
    ("okay so the conservative volunteer knocked on my door!", "conservative", "political_affiliation"),
    ("I registered as conservative", "conservative", "political_affiliation"),
    ("she's always been liberal, i think", "liberal", "political_affiliation"),
    ("uh so please remove my former wife from the policy", "former wife", "marital_status"),
    ("The trailer serial number is uh 5YE95061342", "5YE95061342", "vehicle_id"),
    ("birth date on the form says september five nineteen eighty two", "september five nineteen eighty two",
     "date_of_birth"),
    ("my card expires june twenty twenty seven", "june twenty twenty seven", "credit_card_expiration"),
    # cues of blind set 26: a bank's transit number, a club's or a subscription's number, a health certificate
    ("she paid the deposit from account 3304 4719 22, transit 0 0 4 1 2.", "0 0 4 1 2", "banking_information"),
    ("My ski club number is ASC-22718, that should give me the member rate", "ASC-22718", "account_number"),
    ("Hi, my subscription number is SYM-40817, I'd like to swap my seats", "SYM-40817", "account_number"),
    ("and the tractor's serial is YT-4471-0982.", "YT-4471-0982", "vehicle_id"),
    ("My interim federal health certificate is 4471-9920-05", "4471-9920-05", "healthcare_number"),
    # the answer to a security question is a password even when it is a name or a place (guideline), and a
    # handle of words only, named a handle (blind sets 25-27)
    ("for the security question favorite teacher it's mr. lindqvist", "mr. lindqvist", "password"),
    ("What's the answer to your security question? Grandma Rosa.", "Grandma Rosa", "password"),
    ("what city were you born in for security? wollongong.", "wollongong", "password"),
    ("I answered the security questions, and then Maria Lopez called me back", "Maria Lopez", "person_name"),
    ("my username on the booking app is kai_lq, please send it", "kai_lq", "username"),
    # blind set 28: a cue after the value ("off my license"), a front desk's number, a last four asked for,
    # a vehicle's serial, a state health plan's ID, a month and a year said as one run
    ("The rental counter copied 116240-360 off my license!", "116240-360", "drivers_license"),
    ("Yeah um, the number for the front office is 555-1661", "555-1661", "phone_number"),
    ("You know, can you read me the last four? Yes, 6297.", "6297", "credit_card_number"),
    ("Serial number on the trailer is VT18916091", "VT18916091", "vehicle_id"),
    ("was it the one you know ending five one eight oh?", "five one eight oh", "credit_card_number"),
    ("My MassHealth ID is 285278156771, I think.", "285278156771", "healthcare_number"),
    ("my card expired eight twenty twenty nine like so i need to update it", "eight twenty twenty nine",
     "credit_card_expiration"),
    ("Detective Nakamura handled the report.", "Detective", "occupation"),
    ("I spoke with Judge Ramírez this morning.", "Ramírez", "person_name"),
    ("how old is the account holder? forty three you know.", "forty three", "person_age"),
    ("Patient is 90 transgender.", "90", "person_age"),
    ("We're flying into Jomo Kenyatta International I think.", "Jomo Kenyatta International", "location"),
    ("I work for Amnesty International", "Amnesty International", "organization"),
    ("Do you have your policy number? It's HIP/LG/2023/004417.", "HIP/LG/2023/004417", "account_number"),
    # a card's code by its other names, after the expiry; not joined to the date before it
    ("card 4111 1111 1111 1111, expiration 06/29, CSC 4471", "4471", "credit_card_cvv"),
    ("card 4111 1111 1111 1111, expiration 06/29, CSC 4471", "06/29", "credit_card_expiration"),
    ("expiration 03/2031 and the CID double four seven", "double four seven", "credit_card_cvv"),
    ("okay so CVV2 482 you know", "482", "credit_card_cvv"),
    ("The date on the front of the card is 07/32.", "07/32", "credit_card_expiration"),
    # a health insurer's name for its number, a voicemail's code, an account's PIN, a password with a percent
    ("my Blue Cross ID is W84972727", "W84972727", "healthcare_number"),
    ("the plan member ID is XJH299788683.", "XJH299788683", "healthcare_number"),
    ("okay so the code to my voicemail 4471 you know", "4471", "password"),
    ("horse2006, that's my account PIN", "horse2006", "password"),
    ("the wifi password is 70%winter.", "70%winter", "password"),
    ("my house number is 42", "42", "location"),
    # after the held-out sets 29 and 30 were scored: more of the ways people name these numbers
    ("The number I'm calling from ends in 4406, that's the one you should have on file", "4406", "phone_number"),
    ("my husband's number is oh eight oh three, four five six, seven eight nine oh",
     "oh eight oh three, four five six, seven eight nine oh", "phone_number"),
    ("council tax account reference one nine three three four seven two one",
     "one nine three three four seven two one", "account_number"),
    ("The first four are 4233, and then, hang on, the light's bad in here", "4233", "credit_card_number"),
    ("My Krankenkasse number is A123456780, the insurance card, yes.", "A123456780", "healthcare_number"),
    ("It's the nine digits on the bottom left of the check, 010636574?", "010636574", "banking_information"),
    ("843831548, that's, uh, the passport...", "843831548", "passport_number"),
    ("ss number double one two forty nine double zero five nine", "double one two forty nine double zero five nine",
     "us_social_security_number"),
    ("The house is on 8224 Calle Luna!", "8224 Calle Luna", "location"),
    ("Member of staff number 39918 served me", "39918", "number_sequence"),
    ("The claim number they gave me was 2752-64-2445...", "2752-64-2445", "number_sequence"),
    ("I live at number 17", "17", "location"),
    ("The case reference from the complaints office is OMB/2023/11847.", "OMB/2023/11847", "number_sequence"),
    ("you can upload the photos at harborlightschools dot edu slash my dash account",
     "harborlightschools dot edu slash my dash account", "url"),
    ("my number is five oh five, hang on, five five five, oh one two three",
     "five oh five, hang on, five five five, oh one two three", "phone_number"),
    ("I'm calling about 415-555-0123, it keeps ringing me", "415-555-0123", "phone_number"),
    ("I have two orders four seven three one eight nine six and W nine three four three six four eight",
     "four seven three one eight nine six", "number_sequence"),
    # ages before a question or in a list of who someone is; blood groups said without "blood" (blind sets 23, 25)
    ("i'm sixty seven can i still donate", "sixty seven", "person_age"),
    ("my son is fifteen can he open his own account", "fifteen", "person_age"),
    ("We're married, no kids, and we're both 89.", "89", "person_age"),
    ("i'm japanese, male, fifty eight, date of birth seventh of july", "fifty eight", "person_age"),
    ("um my husband is b positive and i'm a negative is that a problem for the baby", "b positive", "blood_type"),
    ("um my husband is b positive and i'm a negative is that a problem for the baby", "a negative", "blood_type"),
    # blind set 25: flights by what they do, a last four further from its "last four", a phone said with
    # "plus", the number the agent reads back, and "my son's is" naming the same kind again
    ("KE 1524 from Accra, landing at 7 o'clock.", "KE 1524", "number_sequence"),
    ("The last four digits on my debit card are 7902", "7902", "credit_card_number"),
    ("Is the number ending in oh three double eight still good for you?", "oh three double eight", "phone_number"),
    ("Message me on WeChat, plus five two three three five five five five oh two four eight",
     "plus five two three three five five five five oh two four eight", "phone_number"),
    ("Member ID FPZ3540283 and my son's is MCD-90092-05.", "MCD-90092-05", "account_number"),
    ("my social is 123-45-6789 and my wife's is 5 1 4 3 7 2 3 7 0", "5 1 4 3 7 2 3 7 0", "us_social_security_number"),
]

# codes read one character at a time, with "oh" between commas, a lone "one" among letters, a leading "A" or "I"
READ_ONE_BY_ONE = [
    ("my Medicare number is nine, five, eight, oh, six, one, zero, zero, nine, two, T as in Tom, E",
     "nine, five, eight, oh, six, one, zero, zero, nine, two, T as in Tom, E", "healthcare_number"),
    ("my account number is four, four, oh, seven, one, two, nine, nine", "four, four, oh, seven, one, two, nine, nine",
     "account_number"),
    ("my order number is one, Z, one, nine, oh, Y, G, eight, nine", "one, Z, one, nine, oh, Y, G, eight, nine",
     "number_sequence"),
    ("my health insurance member ID is five R R nine X G one Q M six seven", "five R R nine X G one Q M six seven",
     "healthcare_number"),
    ("my passport number is V R as in Robert seven G as in George oh H as in Henry one zero U eight three",
     "V R as in Robert seven G as in George oh H as in Henry one zero U eight three", "passport_number"),
    ("my driver's license number is A zero seven oh oh four seven nine seven", "A zero seven oh oh four seven nine seven",
     "drivers_license"),
    ("my driver's license number is O, seven, seven, eight, eight, seven, zero, four",
     "O, seven, seven, eight, eight, seven, zero, four", "drivers_license"),
    ("the tracking number is I, N as in Nancy, C, two, seven, three, eight, four, two, oh",
     "I, N as in Nancy, C, two, seven, three, eight, four, two, oh", "number_sequence"),
    ("my health plan member ID is three four eight three five nine four zero three eight Q X as in X-ray",
     "three four eight three five nine four zero three eight Q X as in X-ray", "healthcare_number"),
    ("my health insurance member ID is 7FT4-AH8-HX44", "7FT4-AH8-HX44", "healthcare_number"),
    ("my order number is two nine three two four seven nine six five oh seven two eight oh oh oh three",
     "two nine three two four seven nine six five oh seven two eight oh oh oh three", "number_sequence"),
]


# a value named after it ("X, my password"), a correction said in other words, a one-time code read back,
# a phone named only by its end
NAMED_AFTER_OR_CORRECTED = [
    ("uh, yeah, it's 44%falcon, my password I think.", "44%falcon", "password"),
    ("Fresno is the password.", "Fresno", "password"),
    ("okay so it's dennistx, my user name I think.", "dennistx", "username"),
    ("um, jquintero eight seven, that's my user id.", "jquintero eight seven", "username"),
    ("login: kim.jonathan", "kim.jonathan", "username"),
    ("sure login brittanyolson95.", "brittanyolson95", "username"),
    ("what's your mother's maiden name — uh kowalczyk", "kowalczyk", "password"),
    ("3871, last four of my social, and the zip is 30318.", "3871", "us_social_security_number"),
    ("We'll send you a new code. It went to your email? Yes. The code is 804 117.", "804 117", "password"),
    ("We texted a verification code to the number ending in 0192, can you read it back to me? Sure, 551 903.",
     "0192", "phone_number"),
    ("We texted a verification code to the number ending in 0192, can you read it back to me? Sure, 551 903.",
     "551 903", "password"),
    ("Our records show the line ending in 2281 was suspended.", "2281", "phone_number"),
    ("renewing my license, the number is D4471902, or was it D4471920, I always mix those up.", "D4471920",
     "drivers_license"),
    ("Plate's 8BXJ442 — no wait, that's my old car, it's 8BXJ447.", "8BXJ447", "vehicle_id"),
    ("My New Jersey license is K4471 20938 61145 — sorry, the last block is 61154.", "61154", "drivers_license"),
    ("The one ending 6011 on my card... no sorry, ending 6727.", "6727", "credit_card_number"),
    ("The authenticator code is, um, six one eight, two zero four. Oh wait it changed, 337 915.", "337 915", "password"),
    ("the social on my W-2 is wrong, it says 512-60-4417 but it should end in 4471.", "4471", "us_social_security_number"),
    ("the parcel number on the slip is five nine double eight nine one six seven one seven.",
     "five nine double eight nine one six seven one seven", "number_sequence"),
    ("Call the claims line at 214-830-2539 any time", "214-830-2539", "phone_number"),
    ("sorry, the loan number is 339-1994252, and it's paid from checking 1206267135", "339-1994252", "account_number"),
    ("So the auto policy is seven six seven double eight one four four five two the health plan ID is 201051587-32.",
     "seven six seven double eight one four four five two", "account_number"),
    ("The three numbers by the signature 430 is that the one you need", "430", "credit_card_cvv"),
    ("uh, back of the mastercard says 011.", "011", "credit_card_cvv"),
    ("MW462139692 that's my Florida Blue ID", "MW462139692", "healthcare_number"),
    ("Group number is on the front and the member ID is like UVL845262492.", "UVL845262492", "healthcare_number"),
    ("the temporary password they gave me was 47%mango.", "47%mango", "password"),
    ("The answer to the school question is Lincoln Elementary.", "Lincoln Elementary", "password"),
    ("okay, um, the security question is the city i was born in, so tulsa.", "tulsa", "password"),
    ("Try logging in as duboisi5", "duboisi5", "username"),
    ("Okay so the login they set up for me is darkstar27, all lowercase.", "darkstar27", "username"),
    ("My username is, uh, let me find it, singhc9?", "singhc9", "username"),
    ("Mm-hmm, my user name for the portal, bsingh1971.", "bsingh1971", "username"),
    ("my username on the booking app is kai_lq, please send it there", "kai_lq", "username"),
    ("my login for the portal is szabo n nineteen eighty five!", "szabo n nineteen eighty five", "username"),
    ("Your pet portal username is luna.and.me, and we've sent a reset link", "luna.and.me", "username"),
    ("yeah my github is night underscore owl underscore dee i just need repo access",
     "night underscore owl underscore dee", "username"),
    ("my username is um kavya dot codes", "kavya dot codes", "username"),
    ("On the visa application I put EA5283707 for the passport number.", "EA5283707", "passport_number"),
    ("Mm-hmm, last four of my social 4826, last four of the card 9755", "9755", "credit_card_number"),
    ("my frequent flyer number is DL 88 4410 9273 can you add it", "88 4410 9273", "account_number"),
    ("Yes, the number on my gas bill up in the corner, 1492 9646 2945 8826, is that what you need?",
     "1492 9646 2945 8826", "account_number"),
    ("The number on the bill is 1-800-555-0164.", "1-800-555-0164", "phone_number"),
    ("We lost our bag in Frankfurt, the tag number is LH 448211.", "LH 448211", "number_sequence"),
    ("My social is, um, uh, hang on, it's 551, 20, 8844.", "551, 20, 8844", "us_social_security_number"),
    ("the form wants a social security number, mine's six four seven, uh, hang on, one nine, one two six four.",
     "six four seven, uh, hang on, one nine, one two six four", "us_social_security_number"),
    ("So um the patient ID on the lab order is 8093463.", "8093463", "healthcare_number"),
    ("Security you know code 139.", "139", "credit_card_cvv"),
    ("I have two policies, 6081577513 for the car and 3781 1180 34 for the house.", "3781 1180 34", "account_number"),
    ("Our tenant reference is TEN-20883, for Flat 2", "TEN-20883", "account_number"),
    ("The OTP will go to the mobile ending 7731. Yes, it came, it is 582913.", "582913", "password"),
    ("The loyalty number on my Tesco card is 634004 1182 7734.", "634004 1182 7734", "account_number"),
    ("it gave me an error and then a code, E 4 0 1", "E 4 0 1", "number_sequence"),
]

# a card read in one breath with its expiry and code, however written; dates with their day; zips said as places
CARD_RUNS_DATES_ZIPS = [
    ("the card is four two five six, four three two three, six eight two two, three seven two one, zero eight twenty "
     "seven, nine oh nine", "zero eight twenty seven", "credit_card_expiration"),
    ("the card is four two five six, four three two three, six eight two two, three seven two one, zero eight twenty "
     "seven, nine oh nine", "nine oh nine", "credit_card_cvv"),
    ("the card is 6011 9329 3411 3687, November 2029, six zero seven", "November 2029", "credit_card_expiration"),
    ("the card is 6011 9329 3411 3687, November 2029, six zero seven", "six zero seven", "credit_card_cvv"),
    ("the card is 3705 561092 81231, 12/2029, 030", "12/2029", "credit_card_expiration"),
    ("the card is 4236531650913553, January 2033, 724", "724", "credit_card_cvv"),
    ("the card is 3433-454243-78367 January twenty thirty three six three two", "January twenty thirty three",
     "credit_card_expiration"),
    ("the card is 4010 2364 8834 1819 02/2026 821", "02/2026", "credit_card_expiration"),
    ("passport ES3149886, expires oh five two oh twenty twenty one", "oh five two oh twenty twenty one", "date"),
    ("The deadline is 7 May 2023.", "7 May 2023", "date"),
    ("placed on the twenty first of February, 2024", "twenty first of February, 2024", "date"),
    ("I'm calling from 30155 about the outage", "30155", "location"),
    ("the office in 30155 is closed", "30155", "location"),
    ("the claim number is CS-0884016 and the adjuster's number is 841-7509", "841-7509", "phone_number"),
    ("send it to sixty five north spring avenue springfield 98735", "98735", "location"),
    ("send it to 9264 granite avenue, apt 36a, prague seven six three four two", "seven six three four two", "location"),
    ("i paid one hundred forty nine dollars on one two one five twenty twenty five for order Q24Q5M",
     "one two one five twenty twenty five", "date"),
    ("The transit is 00412, institution 003, and the account is 1187204.", "00412", "banking_information"),
    ("send it to ten south shoreline rd., orlando 25517", "25517", "location"),
]

# named after with "and that's the", asked for and answered with a full stop and an answer word
NAMED_AFTER_AND_ASKED = [
    ("E5566238 and that's the state ID number I think.", "E5566238", "drivers_license"),
    ("okay so 121399291 and that's the passport number.", "121399291", "passport_number"),
    ("387 and that's the security code", "387", "credit_card_cvv"),
    ("can I get the license plate? sure, 349 VGB.", "349 VGB", "vehicle_id"),
    ("so I need your plate number. okay, 317 YED...", "317 YED", "vehicle_id"),
    ("okay so I need your password. okay, 49%horse, okay?", "49%horse", "password"),
    ("right, the password on file is 97%falcon", "97%falcon", "password"),
    ("okay so I need your user name. okay, eric.lindqvist.", "eric.lindqvist", "username"),
    ("uh the user name on file is carlmarshall24 okay?", "carlmarshall24", "username"),
    ("the reg number is PLK4468", "PLK4468", "vehicle_id"),
    ("46333537, that's my direct deposit account", "46333537", "banking_information"),
    ("nine three five eight, that's my card security code", "nine three five eight", "credit_card_cvv"),
    ("Jasper40!, that's my password", "Jasper40", "password"),
    ("what's the login password? 590816", "590816", "password"),
    ("Falcon42!, that's my login password", "Falcon42", "password"),
    ("365 SJZ, that's my plate", "365 SJZ", "vehicle_id"),
    ("yeah, so CSGWRS is my parcel number um", "CSGWRS", "number_sequence"),
    ("okay so the gift card number they gave me was HLPYUC I think.", "HLPYUC", "number_sequence"),
    ("sure, transaction ID LVNHMD, placed January 28", "LVNHMD", "number_sequence"),
    ("Paul Sanders, 2006-09-08, 359-12-7686", "359-12-7686", "us_social_security_number"),
    ("christina murphy, 26 december 1991, 671 34 4554", "671 34 4554", "us_social_security_number"),
    ("policy 1306-2645-25, claim four two three nine, nine eight zero six", "four two three nine, nine eight zero six",
     "number_sequence"),
    ("brandon kelly, 2/14/75, two six oh seven one five eight seven seven", "two six oh seven one five eight seven seven",
     "us_social_security_number"),
    ("it's five two five one, oh eight three eight, one seven eight seven, seven nine three oh oh two twenty six",
     "oh two twenty six", "credit_card_expiration"),
    ("the order RJ357310 shipped to 6751 ivy circle", "6751 ivy circle", "location"),
    ("ship it to forty two cedar way please", "forty two cedar way", "location"),
    ("Mm-hmm, the code in the email says 859 683?", "859 683", "password"),
    ("i can do thursday my buzzer is one one zero two", "one one zero two", "password"),
    ("The transit, uh, number on my cheques is 80090-314...", "80090-314", "banking_information"),
    ("It says the user lefebvrew2005 is locked out, uh?", "lefebvrew2005", "username"),
    ("5YJ3E1EA7KF317004, that's the VIN on the registration.", "5YJ3E1EA7KF317004", "vehicle_id"),
    ("seventy four seventy five three four one two six nine that's the parcel number on the tax bill.",
     "seventy four seventy five three four one two six nine", "number_sequence"),
]

NOT_NAMED = [  # a word before a name that is no value; a correction that names another kind
    ("Call Sarah, my login is broken", "Sarah", "username"),
    ("It's @bluefinch22 on the app, that's my handle.", "app", "username"),
    ("my card, the number ending in 4242", "4242", "phone_number"),
    ("my card ending 4242. Wait, and the order number is 5531", "5531", "credit_card_number"),
    ("my password they sent me expired", "me", "password"),
    ("my username on the booking app is kai_lq, please send it there", "app", "username"),
    ("Our Instagram is already up, @liffey_turksoc. Love it.", "already", "username"),
    ("the order I placed is 55120 for the account", "55120", "account_number"),
    ("The error code on the washer is E-13.", "E-13", "number_sequence"),
    ("Port 443 is open but 8080 isn't", "8080", "number_sequence"),
    ("And your husband? Daniel, his is American, 584412937.", "584412937", "nationality"),
    ("the order was WS-77301 and the tracking 9400 1118 9922 3409 1187 22", "1187", "credit_card_expiration"),
    ("What salary are you after? Somewhere around ninety five thousand.", "ninety five thousand", "location"),
    ("our records go back to the nineteen seventies.", "nineteen seventies", "date"),
    ("We're at 311 Hyde Road, next to the big Tesco, and the night bell", "Tesco", "location"),
    ("the order's number is 55120334", "55120334", "phone_number"),
    ("it took 3 hours each way", "3 hours each way", "location"),
    ("the tracking number is 9400 1118 9922 3409 1187", "9400 1118 9922 3409", "credit_card_number"),
    ("I reset it and it still says wrong password. By the way my mobile is 555-0246.", "By", "password"),
    ("now it's asking for a new password. make it at least twelve characters", "make", "password"),
]


SPELLED_PLACES_LOWER = [  # letters spelled in lower case between NATO-spelled ones; towns named like companies;
    # companies in lower case, cut before a verb or after a filler
    ("my confirmation code is k as in kilo seven x as in x-ray q two m as in mike",
     "k as in kilo seven x as in x-ray q two m as in mike", "number_sequence"),
    ("the booking reference is b as in bravo four four r as in romeo t",
     "b as in bravo four four r as in romeo t", "number_sequence"),
    ("she moved to Sioux Falls last year", "Sioux Falls", "location"),
    ("we drove from Great Falls to Billings", "Great Falls", "location"),
    ("he works for Cedar Creek Dental", "Cedar Creek Dental", "organization"),
    ("the invoice says acme corporation at the top", "acme corporation", "organization"),
    ("i got a text that said it was from tri-county water district", "tri-county water district", "organization"),
    ("yeah the refund from bank of america never showed up", "bank of america", "organization"),
    ("okay so coastal federal credit union is my employer", "coastal federal credit union", "organization"),
    ("the account is under Min-jun Lindqvist.", "Min-jun Lindqvist", "person_name"),
    ("i'm a cashier at aldi in bolton and my holiday pay is wrong", "bolton", "location"),
    ("the points from my stay in Cancún never posted", "Cancún", "location"),
    ("he ran toward the chevron on route nine", "route nine", "location"),
    ("i'm trying to renew my passport, the old number is five four one, eight eight, two two seven oh",
     "five four one, eight eight, two two seven oh", "passport_number"),
    ("Someone spent £212.40 on my card at a Zara in Madrid", "Zara", "organization"),
    ("I bought it at a Walmart in Texas", "Walmart", "organization"),
    # a birth date between a name and a nine-digit number: the list a caller verifies with
    ("Lori Rose, 14 December 2009, seven oh five, nine five, nine nine two five", "14 December 2009", "date_of_birth"),
    ("Evelyn Fisher 7/27/70 eight two six four nine seven two four four", "7/27/70", "date_of_birth"),
    ("Evelyn Fisher 7/27/70 eight two six four nine seven two four four", "eight two six four nine seven two four four",
     "us_social_security_number"),
    ("On March 3, 2021, 415-555-0123 called me", "415-555-0123", "phone_number"),
    ("Yes, hello, it happened around I mean noon", "noon", "time"),
    ("they said between noon and four, and nobody showed up.", "noon and four", "time"),
    ("Alright the delivery window is noon to 4", "noon to 4", "time"),
    ("i ordered three pairs from zalando and they sent one", "zalando", "organization"),
    ("I booked it through Ola and the driver overcharged me", "Ola", "organization"),
    ("The answer's Tiger that was my first dog", "Tiger", "password"),
    ("put it on the card on file 9504 yeah that one", "9504", "credit_card_number"),
    ("I have two accounts 306429036231 and 738-854-5757 and I want them merged", "738-854-5757", "account_number"),
    ("The parcel number on the tax bill is 361-043-48.", "361-043-48", "number_sequence"),
    ("my mortgage loan number with td bank is 9721026228.", "9721026228", "account_number"),
    ("They wrote down my license as 56-477-7632 but it's actually WDL9KKG2SM90", "WDL9KKG2SM90", "drivers_license"),
    ("Hi, this message is for Koa. I'm a Conservative voter.", "Koa", "person_name"),
    ("hi ji-woo here. if it goes to voicemail just try again", "ji-woo", "person_name"),
    ("Classic Libra move.", "Libra", "zodiac_sign"),
    ("such Gemini energy honestly", "Gemini", "zodiac_sign"),
    ("I used to be Conservative but now I vote differently", "Conservative", "political_affiliation"),
    ("The nearest branch is on Mission Ave.", "Mission Ave", "location"),
    ("Yeah hi, I'm calling from Cedar Grove Elementary.", "Cedar Grove Elementary", "organization"),
    ("yes, it's UZF421488832, that's the id on my florida blue card.", "UZF421488832", "healthcare_number"),
    ("the driver overcharged me", "driver", "occupation"),
    ("the supervisor wouldn't let me leave early.", "supervisor", "occupation"),
    ("Address? Ferdinand Bolstraat 114, 1072 LK Amsterdam.", "Ferdinand Bolstraat 114", "location"),
    ("Address? Ferdinand Bolstraat 114, 1072 LK Amsterdam.", "1072 LK", "location"),
    ("okay, and the address? trondheimsveien forty two, zero five six two oslo", "trondheimsveien forty two", "location"),
    ("it's 4/30/40, no wait, september seventh, nineteen forty seven, sorry, that's my husband's birthday.",
     "september seventh, nineteen forty seven", "date_of_birth"),
    ("Marital status? So single", "single", "marital_status"),
    ("this is dolores johnson from marion county tax office, returning your call", "marion county tax office",
     "organization"),
    ("I want to cancel the Sky subscription.", "Sky", "organization"),
    ("The customer number on my EE bill is CUS-7720-1198", "EE", "organization"),
    ("that's for the room at the hampton inn in savannah", "hampton inn", "organization"),
    ("we stayed at the holiday inn express by the airport", "holiday inn express", "organization"),
    ("my son goes to kingsway secondary in mississauga", "kingsway secondary", "organization"),
    ("And the account number if you've got it handy? Um, hang on, it's on the bill, 4100 2287 6613. Thanks.",
     "4100 2287 6613", "account_number"),
    # the company whose bill, account or app it is
    ("she's trying to pay her Meralco bill.", "Meralco", "organization"),
    ("my Netflix account got hacked", "Netflix", "organization"),
    ("my delta skymiles number is nine oh two two", "delta", "organization"),
    # a last four whose kind the sentence named earlier, said of "mine" too
    ("The SSN on the W-2 is wrong, it ends in 2214 but mine ends in 2241.", "2214", "us_social_security_number"),
    ("The SSN on the W-2 is wrong, it ends in 2214 but mine ends in 2241.", "2241", "us_social_security_number"),
]
NOT_CODES_OR_COMPANIES = [  # (line, value, policy it must not be)
    ("i need a 2 x 4 and a b c", "2 x 4", "number_sequence"),
    ("the promo code is SPRING", "SPRING", "date_interval"),
    ("the promo code is SPRING", "SPRING", "organization"),
    ("the promo code is SAVE20", "SAVE20", "location"),
    ("mm-hmm medical record number is 4471902", "mm-hmm medical", "organization"),
    ("I'm on Medi-Cal, um.", "Cal", "person_name"),
    ("I have a current account with them", "current", "organization"),
    ("I left it in Patel's office", "Patel", "location"),
    ("I met her at the Station on Main Street", "Station", "organization"),
    ("the bus route 9 is late", "route 9", "location"),
    ("I'm stuck on the second one.", "second", "date"),
    ("On March 3, 2021, 415-555-0123 called me", "March 3, 2021", "date_of_birth"),
    ("the meeting is June 3, 2021, 123 people came", "June 3, 2021", "date_of_birth"),
    ("it expires March 2027, 724 is the code", "724", "credit_card_expiration"),
    ("a midnight blue sedan", "midnight", "time"),
    ("this message is for you.", "you", "person_name"),
    ("I moved money to my Savings account", "Savings", "organization"),
    ("the Premium subscription is cheaper this year", "Premium", "organization"),
    ("we stayed at a cheap motel", "cheap motel", "organization"),
    ("i went to the tax office yesterday", "tax office", "organization"),
    ("I'm actually single-handedly running this", "single", "marital_status"),
    ("we said married couples get a discount", "married", "marital_status"),
    ("I will aggregate 12 items", "aggregate 12", "location"),
    ("it's 1000 MB Download speed", "1000 MB", "location"),
    ("the server can't find the file", "server", "occupation"),
    ("I'd be more liberal with the sauce", "liberal", "political_affiliation"),
    ("I called the Help Desk first and they sent me here.", "Help Desk", "location"),
    ("Uh I signed up for Autopay and Paperless I think.", "Autopay", "organization"),
    ("my account with chase bank is 4471902231", "4471902231", "account_number"),
    ("the answer is yes, that's my final answer", "yes", "password"),
    ("courts are booked through the app, you can book up to", "app", "organization"),
    ("I bought a car from Dave", "Dave", "organization"),
    ("we open at noon and 4 people came", "4 people", "time"),
    ("i ordered three pairs and they sent one, and it's the wrong colour", "one", "money_amount"),
    ("I paid my electric bill", "electric", "organization"),
    ("the Gold plan is cheaper", "Gold", "organization"),
    ("I'm calling from the Kota Kinabalu branch", "Kota Kinabalu", "organization"),
    ("Customer Service told me to call the Billing Department", "Billing Department", "organization"),
    ("Customer Service told me to call the Billing Department", "Customer Service", "organization"),
    ("so I went to the bank, the pharmacy and the post office", "post office", "organization"),
]

READ_BACK_SPELLED_AND_EXPIRING = [  # a value read back keeps the kind it was first given (unless the read-back names one);
    # names spelled, in letters or NATO words; card expiries only of cards
    ("Your booking reference is QT5528. Sorry, was that Q T five five two eight? Yes.", "Q T five five two eight",
     "number_sequence"),
    ("the claim reference is HX3391. so that's H X three three nine one? correct.", "H X three three nine one",
     "number_sequence"),
    ("The chip number's on the certificate, 981000045127336. I'll read it back, 981 000 045 127 336.", "981 000 045 127 336",
     "number_sequence"),
    ("My card is 4111 1111 1111 1111. Yes, 4111 1111 1111 1111.", "4111 1111 1111 1111", "credit_card_number"),
    # a name spelled, then said; spelled in NATO words after it
    ("so it's spelled n a l e d i, naledi, and the surname's mokoena", "n a l e d i", "person_name"),
    ("so it's spelled n a l e d i, naledi, and the surname's mokoena", "naledi", "person_name"),
    ("The name is Farid, Foxtrot Alpha Romeo India Delta.", "Foxtrot Alpha Romeo India Delta", "person_name"),
    # a card's last four just before its expiry; an expiry with no card is a plain month
    ("Visa ending in 2291, expiry 04/28.", "2291", "credit_card_number"),
    ("The inspection certificate is valid, it expires March 2029.", "March 2029", "date_interval"),
    # companies by their trade, by "a" before them, by the branch said after them; a doctor's office is the doctor
    ("Hi, it's Rosa from Pacific Rim Sushi about your order.", "Pacific Rim Sushi", "organization"),
    ("Tell them to drop it at Bright Stars Childcare on Elm.", "Bright Stars Childcare", "organization"),
    ("i left my coat at joe's dry cleaning last week", "joe's dry cleaning", "organization"),
    ("I'm still waiting on a Marks Spencer delivery from Tuesday.", "Marks Spencer", "organization"),
    ("We ordered it, but the Argos in Leeds never sent it.", "Argos", "organization"),
    ("Good afternoon, Dr. Ama Mensah's office, can you hold?", "Dr. Ama Mensah", "person_name"),
    # "fall" as a season, not the verb
    ("we moved here last fall", "fall", "date_interval"),
    # jobs, procedures, injuries, feasts the lists lacked; amounts before a comma; more country domains
    ("the endocrinologist wants to see me again", "endocrinologist", "occupation"),
    ("I'm a harpist, so I'll bring it myself", "harpist", "occupation"),
    ("they booked me in for spirometry on Monday", "spirometry", "medical_process"),
    ("I had a perforated eardrum as a kid", "perforated eardrum", "injury"),
    ("he has a nasty gash on his shin", "gash on his shin", "injury"),
    ("we need the organ tuned before Advent", "Advent", "event"),
    ("the deposit is SEK 2,500, payable now", "SEK 2,500", "money_amount"),
    ("the forms are on portal.gov.ng if you need them", "portal.gov.ng", "url"),
    ("she attached invoice_march.php by mistake", "invoice_march.php", "filename"),
    # a language by one's command of it; a party one calls oneself or lives under; where a flight goes
    ("My Spanish is okay but my Portuguese is better", "Portuguese", "language"),
    ("Sorry, is German okay?", "German", "language"),
    ("taxes went up under Labour, you know", "Labour", "political_affiliation"),
    ("these days I'd call myself independent", "independent", "political_affiliation"),
    ("we'll book your flight back to Entebbe", "Entebbe", "location"),
    ("the hull identification number is ABC12345D404", "ABC12345D404", "vehicle_id"),
    # a name after thanks in another language
    ("parfait, merci Lucien, à demain", "Lucien", "person_name"),
    # a birth date answered after the name it was asked with; a weight in talk of a body; an age worked out
    ("Can I get your name and date of birth? Marcus Bell. And, um, May 9th, 1984.", "May 9th, 1984", "date_of_birth"),
    ("Height and weight? Six one, about 210 pounds.", "210 pounds", "physical_attribute"),
    ("brown eyes, five ten, 160 pounds, as it says on the licence", "160 pounds", "physical_attribute"),
    ("born in 1990, so that makes you 34? Yes.", "34", "person_age"),
    # an email whose name ends in a word; a range of hours running into the next clause
    ("what email? pkaur dot work at gmail dot com", "pkaur dot work at gmail dot com", "email_address"),
    ("can you do friday between nine and one uh i'm home then", "nine and one", "time"),
    # shows, shops, airlines and therapies the lists lacked; a garage named by its trade in lower case
    ("we're going to the Hampton Court Flower Show in July", "Hampton Court Flower Show", "event"),
    ("I flew back with Jetstar on the Friday", "Jetstar", "organization"),
    ("they referred me for CBT last month", "CBT", "medical_process"),
    ("i called joe's auto and tire about the brakes", "joe's auto and tire", "organization"),
    # a bank's sort code, and the account said right after a bank code; health cover by its kind
    ("it went to Barclays, sort code 20-45-77, account 61339021", "20-45-77", "banking_information"),
    ("the refund goes to BSB 082-401, account 5530 1192, thanks", "5530 1192", "banking_information"),
    ("Any prescription coverage? Yes, through Manulife, member ID ML 44120 8831.", "ML 44120 8831", "healthcare_number"),
    # a plate asked of the car; a login asked back; a VIN named before the claim it is for; a pet's name answered
    ("And the registration of the van? GF21 KLM, that's right.", "GF21 KLM", "vehicle_id"),
    ("your app login, is it mkruger88?", "mkruger88", "username"),
    ("i need the vin for the insurance claim it's j m z b k one two three four five six seven eight nine a b",
     "j m z b k one two three four five six seven eight nine a b", "vehicle_id"),
    ("what was your first pet's name rocky thanks", "rocky", "password"),
    # the best number to call; nine digits the SIN names though no rule checks them; a sign after a birth date
    ("What's the best number for you? 312-555-0144.", "312-555-0144", "phone_number"),
    ("can you give me your sin instead okay um nine four six four five four two eight six", 
     "nine four six four five four two eight six", "us_social_security_number"),
    ("Date of birth? Priya Shah, 3/28/1990. Aries, if that helps.", "Aries", "zodiac_sign"),
    ("Would you like it in French or English? English is fine.", "English", "language"),
    # an agent's "I'm <first name>"; a dealership named by its maker; a phone number's port request
    ("Thanks for calling Medway Pharmacy, I'm Marcus. How can I help?", "Marcus", "person_name"),
    ("I'm still at Hollis Honda, they're doing the paperwork", "Hollis Honda", "organization"),
    ("Okay, the new port request is PTQ-448120.", "PTQ-448120", "number_sequence"),
    ("date of birth june third nineteen eighty one oh nice a gemini", "june third nineteen eighty one", "date_of_birth"),
    # one's own maiden name is a name, a mother's the security answer, also spelled back
    ("and my maiden name was Wozniak, if that helps", "Wozniak", "person_name"),
    ("mother's maiden name is Baptiste, B-A-P-T-I-S-T-E.", "B-A-P-T-I-S-T-E", "password"),
    # a person greeted by title before the agent's name; a rank read whole with the name
    ("Hi Mr. Adeyemi, this is Paula from the billing team at Comcast.", "Mr. Adeyemi", "person_name"),
    ("The deputy, Sergeant Holloway, gave me a case number.", "Holloway", "person_name"),
    ("The deputy, Sergeant Holloway, gave me a case number.", "Sergeant", "occupation"),
    ("Hi, this is Constable Priya Gill with the county police.", "Priya Gill", "person_name"),
    # a restaurant or a supplier by what was booked at or invoiced from it
    ("So the reservation at Zuma is confirmed for eight.", "Zuma", "organization"),
    ("I never got the invoice from Fastenal for the bolts.", "Fastenal", "organization"),
    ("the card is 4532 7781 0045 2210, exp 09/28, CVV 114", "4532 7781 0045 2210", "credit_card_number"),
    # streets of other countries, with a comma or in lower case; a town after an address; a street the NER calls a person
    ("Ship it to Rua Aurora, 212, apartamento 9, Recife.", "Recife", "location"),
    ("The address is 14 rue Victor-Hugo, Lyon.", "14 rue Victor-Hugo", "location"),
    ("It was Ul. Polna 7, Wrocław, I think.", "Ul. Polna 7", "location"),
    ("We're in Ikeja, off Kudirat Abiola Way, by the petrol station.", "Kudirat Abiola Way", "location"),
    # a job said of a person by what the person did or what was asked about them
    ("and the courier made a rude comment at the door", "courier", "occupation"),
    ("can you tell me anything about the driver", "driver", "occupation"),
    # where a branch is; a country by its letters where one is
    ("It's ready to collect at our Winnipeg office from Monday.", "Winnipeg", "location"),
    ("We moved back to the UK last spring.", "UK", "location"),
    ("I've lived in India, Quebec and Lima", "Quebec", "location"),
    ("Mike, Oscar and Juliet are coming", "Oscar", "person_name"),
    ("It's Shalom from the clinic", "Shalom", "person_name"),
    ("How long was the outage? One minute.", "One minute", "duration"),
    ("closed from fall to winter", "fall to winter", "date_interval"),
    ("we're on the delta flight into atlanta", "delta", "organization"),
    ("it's the apple laptop, the screen went black", "apple", "organization"),
    ("What's your maiden name? Kowalczyk.", "Kowalczyk", "person_name"),
]
COURTESIES_AND_LOOKALIKES = [  # (line, value, policy it must not be): thanks and goodbyes; compounds; no card shape
    ("Kia ora, thanks for calling the registry, this is Hemi.", "Kia", "organization"),
    ("Muchas gracias, Luis, have a good one.", "Muchas gracias", "person_name"),
    ("Takk, that's all I needed.", "Takk", "person_name"),
    ("Baie dankie, totsiens.", "Baie dankie", "organization"),
    ("Ta-ra then, speak soon.", "Ta-ra", "person_name"),
    ("Congrats, you won the auction.", "Congrats", "person_name"),
    ("Asante sana, I will call back tomorrow.", "Asante", "person_name"),
    ("it's second-hand, from a neighbour", "second-hand", "person_name"),
    ("it is mid-sentence, sorry", "mid-sentence", "person_name"),
    ("the microchip is 981000045127336", "981000045127336", "credit_card_number"),
    ("The name is Farid, Foxtrot Alpha Romeo India Delta.", "India", "location"),
    ("The name is Farid, Foxtrot Alpha Romeo India Delta.", "Delta", "organization"),
    ("Visa ending in 2291, expiry 04/28.", "2291", "credit_card_expiration"),
    ("the railing is loose and someone is going to fall", "fall", "date_interval"),
    ("I always fall asleep on the train", "fall", "date_interval"),
    ("The pilot light on the boiler keeps going out.", "pilot", "occupation"),
    ("The teller machine kept my card.", "teller", "occupation"),
    ("The Joneses in Cardiff are our neighbours.", "Joneses", "organization"),
    ("The SSN on the form from Tesco is wrong.", "SSN", "organization"),
    ("Goedemorgen, met de helpdesk.", "Goedemorgen", "organization"),
    ("Sawa, we'll call you back.", "Sawa", "organization"),
    ("Diolch yn fawr, bye now.", "Diolch yn fawr", "person_name"),
    ("Bonjour madame, euh, can we do English?", "euh", "location"),
    ("I found it on the page at shop dot example dot mx", "page at shop dot example dot mx", "email_address"),
    ("I lent him the car last spring", "lent", "event"),
    ("one checked bag at 23 kilos, please", "23 kilos", "physical_attribute"),
    ("she has blue eyes, and the bill came to 150 pounds", "150 pounds", "physical_attribute"),
    ("It's a 2019 Honda Civic, silver.", "Civic", "organization"),
    ("the fee shows on the first bill, sorry", "first", "date"),
    ("we were sent to the hospital A&E at midnight", "A&E", "organization"),
    ("what was your first pet's name rocky thanks", "name", "password"),
    ("The plate's GF21 KLM, so that's G F two one, K L M", "K L M", "person_name"),
    ("Date of birth is 3/4/1960. Cancer runs in my family.", "Cancer", "zodiac_sign"),
    ("So it's for a 2021 Mazda CX5, the VIN ends in 4417", "CX5", "vehicle_id"),
    ("Okay, I'm resubmitting it now.", "resubmitting", "person_name"),
    ("open port 8080 on the router", "8080", "number_sequence"),
    ("the estimate came to eleven thousand four hundred", "eleven thousand four hundred", "number_sequence"),
    ("the card is 4532 7781 0045 2210, exp 09/28, CVV 114", "2210", "credit_card_expiration"),
    ("i'm wondering if urgent care is open", "wondering if urgent care", "organization"),
    ("I talked to Ben Way yesterday", "Ben Way", "location"),
    ("I live in Texas, Jordan says hi", "Jordan", "location"),
    ("Let me check, one second. Yes, that's covered.", "one second", "duration"),
    ("the deposit is one month's rent up front", "one month", "duration"),
    ("the driver side mirror is cracked", "driver", "occupation"),
    ("my mobile, the UK one, is dead", "UK", "location"),
    ("my grandad served in the US Army", "US", "location"),
    # the review's look-alikes: names ending in a maker, two NATO words that are places or people, greetings
    # that are names, a lone digit before spelled letters, titles, "a" before a feast, a people or a day
    ("I spoke with Gerald Ford at the front desk", "Gerald Ford", "organization"),
    ("The surname is Nguyen, oh, N G U Y E N.", "N G U Y E N", "number_sequence"),
    ("Good morning, Dr. Patel and Associates, this is Amy", "Dr. Patel and Associates", "person_name"),
    ("we need a Saturday delivery", "Saturday", "organization"),
    ("a Polish driver hit my car", "Polish", "organization"),
    ("Baker Mayfield called", "Baker", "occupation"),
    ("How long was the outage? One minute.", "One minute", "person_name"),
    ("I sent 2 via DHL", "2 via DHL", "location"),
    ("a bologna sandwich and some dijon mustard", "bologna", "location"),
    ("we booked the charter flight for six", "charter", "organization"),
    ("the reference is KX744Q, that's kilo x-ray seven four four quebec", "x-ray", "medical_process"),
]


@pytest.mark.parametrize("line, value, policy", SPELLED_PLACES_LOWER)
def test_spelled_in_lower_case_and_towns_are_found(line: str, value: str, policy: str) -> None:
    assert (value, policy) in [(e.text, e.policy) for e in find_pii(line)]


@pytest.mark.parametrize("line, value, policy", NOT_CODES_OR_COMPANIES + COURTESIES_AND_LOOKALIKES)
def test_codes_and_fillers_are_not_places_or_companies(line: str, value: str, policy: str) -> None:
    assert not [e for e in find_pii(line) if e.policy == policy and (value in e.text or e.text in value)]


@pytest.mark.parametrize("line, value, policy", NOT_NAMED)
def test_not_taken_for_the_named_kind(line: str, value: str, policy: str) -> None:
    assert (value, policy) not in [(e.text, e.policy) for e in find_pii(line)]


@pytest.mark.parametrize("line, value, policy",
                         KEY_NEXT_TO_ANOTHER + AS_SPEECH_GIVES_THEM + LAST_FOUR_SAID + KIND_SAID_OTHERWISE
                         + READ_ONE_BY_ONE + NAMED_AFTER_OR_CORRECTED + CARD_RUNS_DATES_ZIPS
                         + NAMED_AFTER_AND_ASKED + READ_BACK_SPELLED_AND_EXPIRING)
def test_found_whole_with_its_policy(line: str, value: str, policy: str) -> None:
    """The value comes back as one span of its policy."""
    assert (value, policy) in [(e.text, e.policy) for e in find_pii(line)]


SPEAKER_LABELS = [  # (transcript with role labels, what must be found); a label is no PII and starts a turn
    ("Agent: Good morning, Harbour Glass, this is Dana. Caller: Hi Dana, it's Tom Reilly.",
     [("Harbour Glass", "organization"), ("Dana", "person_name"), ("Tom Reilly", "person_name")]),
    ("agent: hello flogas this is aoife caller: yeah hi it's martin kelly",
     [("aoife", "person_name"), ("martin kelly", "person_name")]),
    ("Speaker A: Hi. Speaker B: It is Sam Lee. SPEAKER_01: okay, thanks.", [("Sam Lee", "person_name")]),
    ("agent: expiry caller: oh four twenty eight agent: thanks", [("oh four twenty eight", "credit_card_expiration")]),
    ("Agent: Kia ora, thanks for calling Manuka Ridge Apiaries, this is Tama.",
     [("Manuka Ridge Apiaries", "organization"), ("Tama", "person_name")]),
    ("Customer: My number is 415-555-0123. Rep: Thank you.", [("415-555-0123", "phone_number")]),
]


@pytest.mark.parametrize("line, want", SPEAKER_LABELS)
def test_speaker_labels_are_no_pii_and_the_turns_after_them_are_read(line: str, want: list) -> None:
    found = [(e.text, e.policy) for e in find_pii(line)]
    assert all(w in found for w in want)
    assert not [e for e in find_pii(line) if re.search(r"(?i)agent|caller|speaker|customer|rep\b", e.text)]
    assert all(line[e.start:e.end] == e.text for e in find_pii(line))


def test_a_role_said_in_a_sentence_is_no_label() -> None:
    assert ("agent", "occupation") in [(e.text, e.policy) for e in find_pii("My agent: Tom Baker, he handles it.")]


SAID_AGAIN_LISTED_AND_NAMED = [  # (line, value, policy) found whole: echoes, listed languages, firms, conditions
    ("A few questions for the form, your age is 55? 55, yes. Gender female.", "55", "person_age"),
    ("and your date of birth the 17th of february 1981 so you're 43 yes what's the call about", "43", "person_age"),
    ("And your date of birth. June 30th 1958. Thank you.", "June 30th 1958", "date_of_birth"),
    ("No worries, see you Wednesday Liam.", "Liam", "person_name"),
    ("No worries, see you Wednesday Liam.", "Wednesday", "date"),
    ("Oh and with that birthday your a Leo like me.", "Leo", "zodiac_sign"),
    ("don't do anything important this month because I am Cancer and stars are not good", "Cancer", "zodiac_sign"),
    ("Would Isabel like her documents in English or French? English is fine.", "French", "language"),
    ("He speaks Kreyòl and a little French.", "Kreyòl", "language"),
    ("Nationality for the form, Polish? Yes, Polish.", "Polish", "nationality"),
    ("That's fine, we're all Vietnamese here, ha.", "Vietnamese", "nationality"),
    ("the safety card is in Korean too, we get a lot of Korean guests.", "Korean", "nationality"),
    ("Is this Gibson & Mwangi? The law firm?", "Gibson & Mwangi", "organization"),
    ("We're a small shop, Nguyen's Nails, and the card reader keeps declining.", "Nguyen's Nails", "organization"),
    ("I had an MRI on my knee at Mercy Orthopedic back in September.", "Mercy Orthopedic", "organization"),
    ("you've got some iron deficiency so she'd like you to come in", "iron deficiency", "medical_condition"),
    ("he has type 2 diabetes since many years and also high bp okay", "high bp", "medical_condition"),
    ("that's 6021147-03112, that's your estradiol", "estradiol", "drug"),
    ("sort code 20 45 77 account 63190428 grand oh one more thing", "63190428", "banking_information"),
    ("Surname is Frost, F R O S T.", "Frost", "person_name"),
    ("My card expires March 2030, and the name on it is Folake Oyelaran.", "Folake Oyelaran", "person_name"),
    ("Hi Nguyen Thi Lan, this is a reminder that your refill is ready.", "Nguyen Thi Lan", "person_name"),
    ("Detective Marsh gave me your number.", "Marsh", "person_name"),
    ("Detective Marsh gave me your number.", "Detective", "occupation"),
    ("You were helped by Chidi last time, do you want me to transfer you?", "Chidi", "person_name"),
    ("Oh, the bike's frame number is WTU 204 K 8812.", "WTU 204 K 8812", "vehicle_id"),
    ("The tenant is a Mr. Short, which is funny because he's six-five.", "six-five", "physical_attribute"),
    ("Our cottage is in Skibbereen, County Cork.", "County Cork", "location"),
    ("we're over in little saigon, right off bolsa avenue", "bolsa avenue", "location"),
    ("my grandmother's place is in san juan, on calle luna", "calle luna", "location"),
    ("my licence is OCHIE 751020 W9 9AB, and my email is on file", "OCHIE 751020 W9 9AB", "drivers_license"),
    ("I shipped it with UPS 1Z999AA10123456784 on Monday", "UPS", "organization"),
    ("Agent: Divya's age for the form? Caller: Thirty one. Agent: Done.", "Thirty one", "person_age"),
    ("welcome to estrella del norte psychic line this is camila are you calling for a reading", "camila", "person_name"),
    ("I'm on camila, the mini pill", "camila", "drug"),
    ("Okay I'm a software tester at Infosys so I need this urgently.", "software tester", "occupation"),
    ("Agent: Good afternoon, Zenith Bank, how can I help? Caller: Hi. Agent: What's your account number? "
     "Caller: 5010028847193.", "5010028847193", "banking_information"),
    ("I drive a BMW X5, it's a 2019.", "BMW", "organization"),
    ("I'm insulin dependent and I need my refill today.", "insulin", "drug"),
    ("Did the alarm go off for long? Yeah, one minute, maybe two.", "one minute", "duration"),
    ("my name is harpreet singh gill okay harpreet attended the class", "harpreet", "person_name"),
    ("i'm a warehouse operative at the depot in wolverhampton", "warehouse operative", "occupation"),
    ("where you were a team lead from 2014 to 2024?", "team lead", "occupation"),
    ("he's a tradie, he was in a white ute", "tradie", "occupation"),
    ("The account's still at my old place in Tauranga, 3110. Yep, that matches.", "3110", "location"),
    ("No, no, new address. Piac utca 42, second floor, Debrecen, 4025. Updated.", "4025", "location"),
    ("He needs his own form. The shuttle leaves La Serena at fourteen hundred.", "La Serena", "location"),
    ("i remember the bull from the farm near bela bela", "bela bela", "location"),
    ("Juan Diaz called about his bill.", "Juan Diaz", "person_name"),
    ("Agent: And your security answer, the city where your parents met? Customer: Kumasi. Agent: Thank you.",
     "Kumasi", "password"),
    ("id like to be in well before saint patricks day because my mam is coming", "saint patricks day", "event"),
    ("the tea ceremony is right before Tet, so everything needs to be done by the 10th", "Tet", "event"),
    ("My mum's a Tory and my dad's a Lib Dem, so dinners are fun.", "Lib Dem", "political_affiliation"),
    ("I'm the instructor on the boat, I think I have a decompression sickness case.", "decompression sickness", "medical_condition"),
    ("unfortunately laser tattoo removal counts as cosmetic", "laser tattoo removal", "medical_process"),
    ("The knee scope is scheduled for the 21st.", "knee scope", "medical_process"),
    ("Last four of your social? 0562. New address? 3340 SE Belmont Street, Portland, 97214.", "3340 SE Belmont Street",
     "location"),
    ("we are driving down to corpus christi to see my grandbabies", "corpus christi", "location"),
    ("confirm the description on your record: height five eleven, weight 160 pounds", "five eleven", "physical_attribute"),
    ("my husband is Rodel, he's a seaman, he's in Rotterdam right now", "seaman", "occupation"),
    ("Namaste, welcome to Sahyadri Co-operative Bank, I am Pooja, how can I help you? I got an SMS that my KYC is "
     "pending. Can you tell me your account number? 5010028847193. Okay sir.", "5010028847193", "banking_information"),
    ("Hi, this is Northwind Energy billing. Your account number? 5010028847193. Thanks.", "5010028847193", "account_number"),
    ("CordSafe Family Bank, this is Renee, are you calling to enrol? Yes, I'm due in June. Congratulations! The kit is "
     "$1,695. Thank you, that's gone through. Your storage account number is CS-006218-PN.", "CS-006218-PN", "account_number"),
    ("Can I use my Mastercard from Keystone Savings Bank instead? Sure, go ahead. 5412 7700 3318 2096, expiration 11/28.",
     "5412 7700 3318 2096", "credit_card_number"),
]
NOT_SAID_AGAIN_OR_LISTED = [  # (line, value, policy it must not be)
    ("We're Nigerian and English is fine for the forms.", "Nigerian", "language"),
    ("My wife is Polish and I'm English.", "Polish", "language"),
    ("I'm Leo, how can I help?", "Leo", "zodiac_sign"),
    ("I'm Leo, how can I help?", "I'm Leo", "organization"),
    ("Mr & Mrs Okafor are in room 4.", "Mr & Mrs", "organization"),
    ("sort code 20 45 77 account 63190428 grand oh one more thing", "63190428 grand", "money_amount"),
    ("Hello, Keller Williams, this is Tom.", "Keller Williams", "person_name"),
    ("it's up another road on the left", "another road", "location"),
    ("I was off sick road works or not", "sick road", "location"),
    ("check with Verizon first", "Verizon", "person_name"),
    # the review's sentences
    ("I bought a bag at the Coach Outlet last week.", "Coach", "occupation"),
    ("My name is Sunday Okafor.", "Sunday", "date"),
    ("The name on the card is wrong.", "wrong", "person_name"),
    ("The parcel was signed by nobody.", "nobody", "person_name"),
    ("Monday & Tuesday are both fine for me.", "Monday & Tuesday", "organization"),
    ("Billing & Payments can help you with that.", "Billing & Payments", "organization"),
    ("We stock Visa & Mastercard gift cards.", "Visa & Mastercard", "organization"),
    ("i'll follow up via whatsapp tomorrow", "via whatsapp", "location"),
    ("Hello, County Council, how can I help?", "County Council", "location"),
    ("Yesterday was my birthday. March 3rd I have an appointment.", "March 3rd", "date_of_birth"),
    ("I'm French, English is not my first language.", "French", "language"),
    ("We won five-two in the end, it was five-two at full time.", "five-two", "physical_attribute"),
    ("I'm calling about a bill for my mother, I'm her power of attorney.", "attorney", "occupation"),
    ("Your enrolment number? One second, my phone is dying... SCB-BLR-77310.", "One second", "duration"),
    # the second review's sentences
    ("Agent: Thank you for calling Duke Energy, this is Maria. How can I help you today? Caller: Hi, I'm calling "
     "because my bank flagged a payment. Agent: Okay, I'm sorry about that. Caller: It's fine. Agent: Let me pull up "
     "your details. What's your account number? Caller: It's 5010028847193.",
     "5010028847193", "banking_information"),
    ("Your name please. Definitely, one moment.", "Definitely", "person_name"),
    ("can i get your name please because it's not showing on my screen", "because it", "person_name"),
    ("Hi, my name is Hoa Tran and I'm calling about my HOA dues. The HOA says I'm late.", "HOA", "person_name"),
    ("My name is Thu Nguyen. Are you open Mon to Thu next week?", "Thu", "person_name"),
    ("I drive a BMW X5, it's a 2019.", "BMW X5", "vehicle_id"),
    ("I'm insulin dependent and I need my refill today.", "insulin", "person_name"),
    ("Is there a minimum age for the booking? 21, I think.", "21", "person_age"),
    ("Hello, plant advice line, how can I help? Hi, I bought three tomato plants.", "plant advice", "organization"),
    ("thanks for calling, you've reached the returns and exchanges line, sorry about the hold",
     "returns and exchanges", "organization"),
    ("my planner says Tuesday works", "planner", "occupation"),
    ("We were in Paris, 2019.", "2019", "location"),
    ("I paid in Leeds, 1200.", "1200", "location"),
    ("the battery tester is broken", "tester", "occupation"),
    ("Hi, this is Andre in financial counseling, I can set that up today.", "counseling", "medical_process"),
    ("bring one valid ID, like your seaman's book or your UMID", "seaman", "occupation"),
    ("the bill of lading number? M S K U 7 7 4 1 0 9 3 8, let me check", "M S", "organization"),
    ("the policy is MTA-SG-30418872, thank you.", "MTA", "organization"),
]


@pytest.mark.parametrize("line, value, policy", SAID_AGAIN_LISTED_AND_NAMED)
def test_said_again_listed_and_named(line: str, value: str, policy: str) -> None:
    assert (value, policy) in [(e.text, e.policy) for e in find_pii(line)]


@pytest.mark.parametrize("line, value, policy", NOT_SAID_AGAIN_OR_LISTED)
def test_not_said_again_or_listed(line: str, value: str, policy: str) -> None:
    assert (value, policy) not in [(e.text, e.policy) for e in find_pii(line)]


def test_a_value_said_again_at_once_is_found_twice() -> None:
    line = "so she's 8? yes, she's 8 okay"
    assert [e.text for e in find_pii(line) if e.policy == "person_age"] == ["8", "8"]


def test_a_name_found_once_is_found_wherever_the_call_says_it_again() -> None:
    line = ("can i take your full name please yeah it's harpreet singh gill okay harpreet and your "
            "national insurance number. take care harpreet")
    assert [e.text for e in find_pii(line) if e.policy == "person_name"] == ["harpreet singh gill", "harpreet", "harpreet"]


@pytest.mark.parametrize("line, value", [
    ("your name priscilla nguyen okay. email priscilla dot nguyen at icloud dot com", "nguyen"),
    ("the file is c colon backslash users backslash amara backslash lease dot docx, amara", "backslash"),
    ("Hi, I'm Elin Sjoberg, I bought a Sjoberg Pendla bike", "Sjoberg"),
])
def test_a_name_said_again_inside_a_handle_or_another_name_is_not_taken_out(line: str, value: str) -> None:
    assert (value, "person_name") not in [(e.text, e.policy) for e in find_pii(line)]


def test_a_sentence_cased_call_that_names_nothing_mid_sentence_has_no_lower_case_names() -> None:
    line = ("Good morning. Do I leave the bin out? Yes, leave it at the kerb. Put the cardboard beside the bin. "
            "The lid on our waste bin is cracked. Thanks.")
    assert not [e for e in find_pii(line) if e.policy == "person_name"]


def test_a_name_answered_in_lower_case_in_sentence_cased_text_is_found() -> None:
    line = "Hello. Thanks for calling. Can I get your name? Yes it's hope jackson. Thank you."
    assert ("hope jackson", "person_name") in [(e.text, e.policy) for e in find_pii(line)]


def test_a_word_repeated_in_a_whisper_loop_is_read_without_backtracking() -> None:
    """Whisper can loop on one word; a procedure's modifiers once listed "eye" twice, and 24 repeats took minutes."""
    looped = "my eye " + "eye " * 40 + "is sore, and " + "breast cancer " * 30 + "screening"
    ents = find_pii(looped)
    assert ents and {e.policy for e in ents} <= {"medical_process", "medical_condition"}


# session 14: how calls say dates, places, handles and files (and what only looks like them)
SAID_AS_CALLS_DO = [
    ("I was born on the second of November two thousand and one.", "second of November two thousand and one",
     "date_of_birth"),
    ("The appointment is on the second of November.", "second of November", "date"),
    ("Date of birth is the thirty-first of the first, sixty-eight.", "thirty-first of the first, sixty-eight",
     "date_of_birth"),
    ("My date of birth is the 3rd of the 4th, 1985.", "3rd of the 4th, 1985", "date_of_birth"),
    ("Birth date is twenty nine, oh eight, seventy one, day first.", "twenty nine, oh eight, seventy one",
     "date_of_birth"),
    ("she was born twelve twenty five, ninety nine", "twelve twenty five, ninety nine", "date_of_birth"),
    ("I'm traveling January second through the ninth...", "January second through the ninth", "date_interval"),
    ("It was right around thanksgiving, the week before, I think.", "thanksgiving", "event"),
    ("Report at seventeen hundred hours to the main gate.", "seventeen hundred hours", "time"),
    ("I live at 1422 Maple Ridge Rhyme, apartment 63.", "1422 Maple Ridge Rhyme", "location"),
    ("The lodge is on Lake Louise.", "Lake Louise", "location"),
    ("I'm calling from a wee place called Ballyvaughan, in County Clare.", "Ballyvaughan", "location"),
    ("I'm calling from a wee place called Ballyvaughan, in County Clare.", "County Clare", "location"),
    ("It's Mobile, Alabama, not the phone kind.", "Mobile", "location"),
    ("it's 12 main st., apt 4, eugene, oregon, nine seven four oh one", "eugene", "location"),
    ("My email is tan dot oka for at mail dot com", "tan dot oka for at mail dot com", "email_address"),
    ("My username is Dan underscore opa for 88", "Dan underscore opa for 88", "username"),
    ("I attached the file tax returned 2023.pdf.", "tax returned 2023.pdf", "filename"),
    ("i rolled my ankle stepping off the curb", "rolled my ankle", "injury"),
    ("He might break a leg on those stairs.", "break a leg", "injury"),
    ("it's ab positive, i checked the donor card", "ab positive", "blood_type"),
    ("he's navajo and speaks diné", "navajo", "nationality"),
    ("we're both Yoruba.", "Yoruba", "nationality"),
    ("My first language is Yoruba.", "Yoruba", "language"),
    ("The Zulu word for it is different.", "Zulu", "language"),
    ("There's a Dollar General right next to the Five Guys.", "Dollar General", "organization"),
    ("Agent: And your marital status on the form? Caller: Married, since 2016.", "Married", "marital_status"),
    ("I'll also update your status to widowed.", "widowed", "marital_status"),
    ("she's eighty and widowed.", "widowed", "marital_status"),
    ("Okay, I'll call Marcus tonight.", "Marcus", "person_name"),
    ("I want to make a donation for Giving Tuesday.", "Giving Tuesday", "event"),
    ("My mother is flying in for Pentecost.", "Pentecost", "event"),
    ("In the Episcopal church a divorce isn't a barrier.", "Episcopal", "religion"),
    ("I have an abscess on a lower molar.", "abscess", "medical_condition"),
    ("I'm visiting family in Curitiba this week.", "Curitiba", "location"),
    ("and he's basically deaf in the left ear.", "deaf", "physical_attribute"),
    ("Caller: Thank you, Bridget.", "Bridget", "person_name"),
]
ONLY_LOOKS_SO = [
    ("Give me a second of your time.", "second", "date"),
    ("I'll take the first of the third batch.", "first of the third", "date"),
    ("I've logged 1700 hours of flight time.", "1700 hours", "time"),
    ("The appointment moved to 18 February at 1 am.", "18 February", "location"),
    ("We moved to 3 Days a week in March.", "3 Days", "location"),
    ("Break a leg at the recital tonight.", "Break a leg", "injury"),
    ("it's a positive thing really", "a positive", "blood_type"),
    ("My gran lives in Bath, near the abbey.", "abbey", "person_name"),
    ("Grandpa has shingles, so nobody visit this week", "Grandpa", "person_name"),
    ("the warehouse is in normal, illinois, believe it or not", "in normal", "location"),
    ("My username is dan underscore kim for 10 years now", "dan underscore kim for 10", "username"),
    ("It's maria dot lopez and at work we use teams", "maria dot lopez and at work", "email_address"),
    ("I'm single-handedly running this", "single", "marital_status"),
    ("The account holder is my spouse Seo-yeon.", "spouse", "marital_status"),
    ("Yeah we ordered the double bed, not the single.", "single", "marital_status"),
    ("The epiphany I had was huge.", "epiphany", "event"),
    ("For your device I need the IMEI to push the eSIM.", "eSIM", "person_name"),
    ("he turned a deaf ear to it", "deaf", "physical_attribute"),
    ("The bridget is out", "bridget", "person_name"),
]


@pytest.mark.parametrize("line, value, policy", SAID_AS_CALLS_DO)
def test_said_as_calls_do(line: str, value: str, policy: str) -> None:
    assert (value, policy) in [(e.text, e.policy) for e in find_pii(line)]


@pytest.mark.parametrize("line, value, policy", ONLY_LOOKS_SO)
def test_only_looks_so(line: str, value: str, policy: str) -> None:
    assert (value, policy) not in [(e.text, e.policy) for e in find_pii(line)]


def test_a_dollar_is_still_money_where_no_shop_is_named() -> None:
    assert ("a dollar", "money_amount") in [(e.text, e.policy) for e in find_pii("It cost a dollar.")]
