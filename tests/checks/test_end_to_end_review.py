"""check(extract(text)) on news-style passages: consistent ones raise nothing, planted errors are found."""

from __future__ import annotations

import pytest

from factcheck import Severity, check
from factcheck._extract import extract

CONSISTENT = {
    "migration-drop": "Net migration fell from 745,000 in 2022 to 431,000 in 2024, a drop of 42%.",
    "hedged-ends": "Net migration fell from around 745,000 in 2022 to about 430,000 in 2024, a drop of 42%.",
    "budget-rise": "The council's budget rose from £120m in 2023 to £132m in 2024, an increase of 10%.",
    "turnout-points": "Turnout climbed from 62% in 2019 to 67% in 2024, a rise of five percentage points.",
    "homes-share": "Of the 400 homes built, 100, or 25%, were classed as affordable.",
    "patients-rate": "The hospital treated 1,200 patients a month, or 14,400 over the year.",
    "fund-split": "A £10m housing fund will be split into £4m, £3.5m and £2.5m.",
    "of-those-next-sentence": "Police recorded 5,000 burglaries in 2023. Of those, 1,000 were solved, a rate of 20%.",
    "waiting-list": "Waiting lists grew from 6 million in 2022 to 7.5 million in 2024, an increase of 25%.",
    "rent-rate-ends": "Rents rose by around 9% last year, from £1,100 to £1,200 a month.",
    "halved": "Arrivals by small boat halved, from 46,000 in 2022 to 23,000 in 2023.",
    "of-whom-a-quarter": "The trust employs 8,000 staff, of whom 2,000, or a quarter, are nurses.",
    "a-quarter-is-a-rounded-share": "The trust employs 8,000 staff, of whom 2,100, or a quarter, are nurses.",
    "absolute-fall-in-offences": "Crime fell from 120,000 offences in 2022 to 96,000 in 2023, a fall of 24,000.",
    "up-from-points": "Unemployment rose to 4.4%, up from 4.2%, an increase of 0.2 percentage points.",
    "up-from-hedged-level": "More than 1,000 people were arrested, up from 800 the year before, a rise of 25%.",
    "predicate-then-or": "Of the 1,500 applications, 300 were approved, or 20%.",
    "to-level-from-a-year-earlier": "Homeless households rose by 14% to 112,000, from 98,000 a year earlier.",
    "package-comprises": "The £12m package comprises £5m for schools, £4m for roads and £3m for parks.",
    "by-change-to-level": "The population grew by 700,000 to 68.3 million, up from 67.6 million.",
    "other-clause-change": "Prices rose from £2 to £3, while wages rose 5%.",
    "other-clause-after-up-from": "Turnout rose to 67%, up from 62%, while support for the party fell 3 points.",
    "other-sentence-total-in-money": "The 2,000 homes built cost £500m. Of those, 400 were social housing, or 20%.",
    "of-which-beds": "The hospital has 900 beds, of which 90, or 10%, are for children.",
    "grant-over-years": "The grant of £5m a year will total £25m over five years.",
    "different-years": "In 2023, 52,000 people crossed the Channel. In 2024, 37,000 people crossed the Channel.",
    "total-then-rate": "The minister promised 1.5 million homes over five years, or 300,000 a year.",
    "of-them-next-sentence": "The trust has 2,000 beds. About 200 of them, or 10%, were closed over the winter.",
    "hedged-share-after-comma": "The NHS employs 1.5 million people. About 350,000 of them are nurses, roughly 23%.",
    "share-of-another-whole": "Of the 400 homes, 100 were affordable, around 10% of the borough total.",
    "up-from-then-other-clause": "Arrests rose to 900 in 2024, up from 800 in 2023, while charges rose 5%.",
    "from-to-then-other-clause": "Spending rose from £10bn to £12bn, and the deficit fell 5%.",
    "fraction-change": "Deaths fell by a quarter, from 800 to 600.",
    "comparison-not-share": "Of the 400 homes, 100 were affordable, or half as many as last year.",
    "fraction-of-money": "The £2bn fund, of which £500m, or a quarter, goes to schools.",
    "irregular-verb-after-part": "Of 2,000 staff, 300 left in 2023, a rate of 15%.",
    "same-noun-other-verb": "In 2023, 600 people died in fires. In 2023, 1,200 people were injured in fires.",
    "same-noun-other-actor": "Labour won 411 seats in 2024. Reform won 5 seats in 2024.",
    "shares-of-one-whole-other-verbs": "About 40% of voters backed the plan in 2023, and 45% of voters opposed it.",
    "plan-against-outturn": "The council plans to build 500 homes a year. It built 450 homes in 2023.",
    "down-from-money": "The firm made a profit of £3.5m, down from £4.2m, a fall of 17%.",
    "one-in-five-of-them": "The county has 1.2 million residents. Some 240,000 of them, or one in five, are over 65.",
    "period-first-then-rate": "Over three years, the programme will cost £900m, or £300m a year.",
    "less-than-a-year": "The government will spend £22bn over 25 years. That works out at less than £1bn a year.",
    "each-quarter": "Some 3,000 nurses left the service each quarter, around 12,000 over the year.",
    "down-from-pence": "The share price fell 20% to 80p, down from 100p.",
    "up-from-then-and": "Cases rose 10% to 330, up from 300 last year, and deaths fell 5%.",
    "absolute-cut-to-from": "The deficit fell to £120bn, from £150bn the year before, a cut of £30bn.",
    "about-one-in-ten": "Of 900 schools, 90 closed early, or about one in ten.",
    "survey-shares": "A survey of 2,000 adults found that 56% supported the policy, while 31% opposed it.",
    "across-sentences": "Visitors numbered 52,000 in 2021. In 2022 they rose by 20% to 62,400.",
    "across-sentences-other-quantity": "Exports were worth £30bn in 2021. In 2022 imports rose by 10% to £33bn.",
    "across-sentences-other-noun": "In 2020 the ward had 400 beds. In 2023 waiting lists rose by 20% to 6,000.",
    "across-sentences-two-candidates": "In 2021, 900 homes were built and 300 sold. In 2022 building fell 10% to 810.",
    "two-counts-two-verbs": "In 2022, 8,000 people crossed and 2,000 were returned.",
}

PLANTED = {
    "a-quarter-that-is-a-fifth": (
        "The trust employs 8,000 staff, of whom 1,600, or a quarter, are nurses.",
        ["share-inconsistent"],
    ),
    "migration-drop-wrong": (
        "Net migration fell from 745,000 in 2022 to 431,000 in 2024, a drop of 52%.",
        ["change-inconsistent"],
    ),
    "turnout-percent-for-points": (
        "Turnout climbed from 62% in 2019 to 67% in 2024, a rise of 5%.",
        ["percent-vs-points"],
    ),
    "homes-share-wrong": ("Of the 400 homes built, 100, or 40%, were classed as affordable.", ["share-inconsistent"]),
    "patients-rate-wrong": (
        "The hospital treated 1,200 patients a month, or 12,000 over the year.",
        ["rate-total-mismatch"],
    ),
    "fund-split-wrong": ("A £10m housing fund will be split into £4m, £4.5m and £2.5m.", ["parts-do-not-add-up"]),
    "of-those-next-sentence-wrong": (
        "Police recorded 5,000 burglaries in 2023. Of those, 1,000 were solved, a rate of 30%.",
        ["share-inconsistent"],
    ),
    "rent-rate-ends-wrong": ("Rents rose by 20% last year, from £1,100 to £1,200 a month.", ["change-inconsistent"]),
    "knife-crime-two-figures": (
        "In 2024, police recorded 46,000 knife offences. Ministers said 52,000 knife offences were recorded in 2024.",
        ["contradiction"],
    ),
    "doubled-wrong": ("The NHS budget doubled from £100bn in 2010 to £150bn in 2020.", ["change-inconsistent"]),
    "of-whom-a-third-wrong": (
        "The trust employs 8,000 staff, of whom 2,000, or a third, are nurses.",
        ["share-inconsistent"],
    ),
    "absolute-fall-wrong": (
        "Crime fell from 120,000 offences in 2022 to 96,000 in 2023, a fall of 30,000.",
        ["change-inconsistent"],
    ),
    "up-from-points-wrong": (
        "Unemployment rose to 4.4%, up from 4.2%, an increase of 2 percentage points.",
        ["change-inconsistent"],
    ),
    "to-level-from-wrong": (
        "The number of homeless households rose by 24% to 112,000, from 98,000 a year earlier.",
        ["change-inconsistent"],
    ),
    "up-from-level-wrong": ("Arrests rose 10% to 11,000, up from 9,000.", ["change-inconsistent"]),
    "package-comprises-wrong": (
        "The £12m package comprises £5m for schools, £4m for roads and £4m for parks.",
        ["parts-do-not-add-up"],
    ),
    "by-change-to-level-wrong": (
        "The population grew by 900,000 to 68.3 million, up from 67.6 million.",
        ["change-inconsistent"],
    ),
    "vote-share-percent-for-points": (
        "Its share of the vote fell from 43.6% to 23.7%, a drop of almost 20%.",
        ["percent-vs-points"],
    ),
    "deficit-two-figures": (
        "The deficit was £50bn in 2023. The chancellor said the deficit was £70bn in 2023.",
        ["contradiction"],
    ),
    "total-then-rate-wrong": (
        "The minister promised 1.5 million homes over five years, or 370,000 a year.",
        ["rate-total-mismatch"],
    ),
    "of-them-next-sentence-wrong": (
        "The trust has 2,000 beds. About 200 of them, or 20%, were closed over the winter.",
        ["share-inconsistent"],
    ),
    "hedged-share-after-comma-wrong": (
        "The NHS employs 1.5 million people. About 350,000 of them are nurses, roughly 40%.",
        ["share-inconsistent"],
    ),
    "fraction-change-wrong": ("Deaths fell by a third, from 800 to 600.", ["change-inconsistent"]),
    "out-of-share-wrong": ("Out of 500 patients, 150, or 20%, waited more than four hours.", ["share-inconsistent"]),
    "irregular-verb-after-part-wrong": ("Of 2,000 staff, 300 left in 2023, a rate of 25%.", ["share-inconsistent"]),
    "down-from-money-wrong": (
        "The firm made a profit of £3.5m, down from £4.2m, a fall of 27%.",
        ["change-inconsistent"],
    ),
    "one-in-four-of-them-wrong": (
        "The county has 1.2 million residents. Some 240,000 of them, or one in four, are over 65.",
        ["share-inconsistent"],
    ),
    "period-first-then-rate-wrong": (
        "Over three years, the programme will cost £900m, or £400m a year.",
        ["rate-total-mismatch"],
    ),
    "each-quarter-wrong": (
        "Some 3,000 nurses left the service each quarter, or 20,000 over the year.",
        ["rate-total-mismatch"],
    ),
    "absolute-cut-to-from-wrong": (
        "The deficit fell to £120bn, from £150bn the year before, a cut of £20bn.",
        ["change-inconsistent"],
    ),
    "grant-over-years-wrong": ("The budget of £40m a year is equal to £240m over five years.", ["rate-total-mismatch"]),
    "across-sentences-wrong": (
        "Arrivals reached 8,000 in 2022. In 2023 they fell by 75% to 390.",
        ["change-inconsistent"],
    ),
    "same-count-twice-wrong": (
        "In 2023, 4,100 people were deported. Officials later said 5,600 people were deported in 2023.",
        ["contradiction"],
    ),
}

# A second review, of 221 passages written after the first links were built.
_MORE_CONSISTENT = {
    "stamp-price-pence": "The price of a first-class stamp rose from 85p to £1.10 in 2023, an increase of about 29%.",
    "bus-fare-cents": "Bus fares in the city went up from $2.25 to $2.75, a rise of 50 cents.",
    "coffee-compound": "A cup of coffee at the station now costs 3 dollars 50 cents, up from 3 dollars.",
    "pint-price-pence-change": "The average pint cost £4.80 last year, 30p more than the £4.50 charged in 2022.",
    "tuition-fee-rise": "Tuition fees in England rose from £9,250 to £9,535 a year, an increase of 3.1%.",
    "minimum-wage": "The national living wage will rise by 6.7% to £12.21 an hour, from £11.44.",
    "energy-cap-fall": "The energy price cap fell to £1,690 a year, down from £1,834, a cut of £144.",
    "gas-price-us": "Gasoline prices dropped from $3.80 a gallon in June to $3.42 in September, a fall of 10%.",
    "salary-split-us": "The $1.2m settlement was divided into $700,000 for the family and $500,000 for legal costs.",
    "budget-parts-uk": "The £60m package includes £25m for buses, £20m for cycling and £15m for road repairs.",
    "grant-per-year-uk": "Councils will receive £150m a year for four years, a total of £600m.",
    "spending-monthly": "The department spent £2.5m a month on hotels, or £30m over the year.",
    "fine-total": "The regulator fined the bank £45m, up from a £30m penalty in 2021, an increase of 50%.",
    "defence-budget-us": (
        "Congress approved $886bn for defense in 2024, up from $858bn the year before, a rise of 3%."
    ),
    "house-price-halve": "Prices in the town halved from £300,000 in 2007 to £150,000 in 2012.",
    "subsidy-tripled": "The subsidy tripled from $40m in 2020 to $120m in 2023.",
    "pension-increase-hedged": "The state pension rose by about 8.5% to £221 a week, from £204.",
    "profit-fall": "Profits at the retailer fell 40% to £120m, from £200m a year earlier.",
    "ticket-compound-and": "A ticket costs £3 and 50p, or £3.50, for adults.",
    "parking-cents-change": "Parking meters will charge 75 cents an hour, up from 50 cents, a rise of 50%.",
    "arrests-rise": "Police made 2,400 arrests in 2023, up from 2,000 in 2022, a rise of 20%.",
    "homeless-down": "The number of people sleeping rough fell from 4,750 to 3,800, a drop of 20%.",
    "road-deaths": "Road deaths fell by 150 to 1,550 in 2023, from 1,700 the year before.",
    "births-down-points": "The fertility rate dropped from 1.61 to 1.49 children per woman.",
    "students-rise-two-sentences": (
        "In 2021 the university enrolled 18,000 students. By 2024 the figure had risen by 25% to 22,500."
    ),
    "visitors-two-sentences": (
        "The museum had 600,000 visitors in 2019. Last year it welcomed 450,000, a fall of 25%."
    ),
    "flights-cut": "The airline cut flights from 1,200 a week to 900, a reduction of 25%.",
    "teachers-leaving": "About 40,000 teachers left the profession in 2023, up from roughly 36,000 in 2022.",
    "deportations-verb": (
        "In 2023, 3,200 people were deported. In 2024, 4,000 people were deported, an increase of 25%."
    ),
    "cases-doubled": "Cases of measles doubled from 350 in 2022 to 700 in 2023.",
    "crossings-two-verbs": "Last year 29,000 people crossed the Channel and 6,000 were returned to France.",
    "jobs-cut-absolute": "The carmaker cut 3,000 jobs, leaving 12,000, down from 15,000 at the start of the year.",
    "refugees-range": "Between 5,000 and 7,000 refugees arrived each month in the spring.",
    "range-of-homes": "The developer will build 300 to 400 homes on the site.",
    "hedge-more-than": "More than 2,000 firefighters battled the blaze, which destroyed at least 400 homes.",
    "hedge-nearly": "Nearly 9 million people in the country are economically inactive.",
    "share-of-voters": "Of the 2,500 voters surveyed, 1,000, or 40%, said they would back the plan.",
    "share-of-schools": "Some 120 of the 600 schools in the county, or one in five, need urgent repairs.",
    "share-fraction-whole-follows": "Two thirds of the 900 staff, about 600, work part time.",
    "share-of-budget-money": "Of the £80m budget, £20m, or 25%, goes on social care.",
    "share-us-style": "Of the 50 states, 24 have raised their minimum wage, or 48%.",
    "share-percent-of-people": "Around 15% of adults in the UK smoke, down from 20% a decade ago.",
    "share-of-whom-three": "The club has 1,200 members, of whom 300 are under 18 and 900 are adults.",
    "shares-sum-100": "In the poll, 52% backed leaving, 44% backed staying and 4% did not know.",
    "share-half": "Half of the 800 beds, or 400, are in the new wing.",
    "share-out-of": "Out of 250 applicants, 50 were offered a place, a success rate of 20%.",
    "share-next-sentence": "The agency received 12,000 complaints. Of those, 3,000 were upheld, or 25%.",
    "share-one-in-three": "One in three of the 3,000 households, about 1,000, has no car.",
    "share-rounded": "Of the 700 patients, 230, or about a third, waited more than 18 weeks.",
    "points-change": "Inflation fell to 4.6% in October, from 6.7% in September, a drop of 2.1 percentage points.",
    "points-interest": "The Bank of England raised rates from 0.1% to 5.25%, an increase of 5.15 points.",
    "points-unemployment-us": "The jobless rate ticked up to 3.9% from 3.7%, a rise of 0.2 percentage points.",
    "points-poll": "Support for the party rose from 28% to 33% in a month, a five-point gain.",
    "rate-per-day": "Some 500 people a day crossed the border, or about 15,000 a month.",
    "rate-per-week": "The clinic sees 250 patients a week, or 13,000 a year.",
    "rate-per-year-total": (
        "The plan is to plant 30,000 hectares of trees a year, or 150,000 hectares over five years."
    ),
    "rate-homes-us": "The city aims to build 12,000 homes a year, a total of 120,000 over the decade.",
    "rate-quarterly": "The company paid a dividend of 10p a quarter, or 40p a year.",
    "repeat-same-figure": (
        "Police recorded 46,000 knife offences in 2023. The 46,000 knife offences were up 5% on 2022."
    ),
    "different-places": "In Wales, 3,000 homes were built in 2023. In Scotland, 18,000 homes were built in 2023.",
    "different-things-same-year": "In 2023, 600 schools closed early. In 2023, 200 schools opened.",
    "quote-attribution": (
        '"We have cut waiting lists by 100,000," the health secretary said, adding that 7.6 million people '
        "were still waiting."
    ),
    "quote-with-figure-repeated": (
        'The minister said 300,000 homes would be built each year. "300,000 a year is our target," she said.'
    ),
    "dates-not-figures": "On 14 March 2024, the council voted 32 to 18 to approve the £4m scheme.",
    "ages-and-counts": "The 45-year-old driver was one of 12 people injured in the crash on the M6.",
    "sentence-ahead-before": "The charity had 150 shops in 2020. It now has 120, a fall of 20%.",
    "sentence-ahead-money": "The trust's deficit was £40m in 2022. In 2023 the deficit fell by 25% to £30m.",
    "sentence-ahead-other-thing": (
        "The town had 12,000 residents in 2001. In 2021 house prices rose by 40% to £210,000."
    ),
    "list-of-parts-people": "The 90 passengers included 50 adults, 30 children and 10 infants.",
    "list-of-parts-money-us": "Of the $10bn, $4bn will go to roads, $3bn to rail and $3bn to broadband.",
    "weight-pounds": "The baby weighed 8 pounds at birth and gained 2 pounds in the first month.",
    "imperial-height": "The 6 ft 4 in striker scored 30 goals in 45 games.",
    "tokenized-percent": "Inflation rose to 6 . 2 % in March from 5 . 8 % in February .",
    "vague-thousands": "Thousands of people marched through London, and hundreds were arrested.",
    "fraction-ratio": "Turnout was about two thirds, and one in four voters backed the independent.",
    "hours-rate-us": "Workers earn $15 an hour, or $600 for a 40-hour week.",
    "per-head-cost": "The scheme costs £2bn, or about £30 for each of the 67 million people in the UK.",
    "rise-then-fall-clauses": "Sales rose 12% in the first half, but fell 4% in the second.",
    "up-from-with-year": "Food bank parcels reached 3 million in 2023, up from 2.2 million in 2021, a rise of 36%.",
    "percent-of-gdp": "Debt stands at about 98% of GDP, or £2.6 trillion.",
    "per-cent-word": (
        "Unemployment in the region fell from 5.2 per cent to 4.8 per cent, a drop of 0.4 percentage points."
    ),
    "billion-word-us": (
        "The company's revenue grew from $4.2 billion in 2022 to $4.6 billion in 2023, a gain of about 10%."
    ),
    "million-word-count": (
        "The number of passengers rose to 1.8 million last year, up from 1.5 million, an increase of 20%."
    ),
    "quote-said-count": (
        '"We recruited 1,200 officers this year," the commissioner said. "That is 200 more than last year."'
    ),
    "according-to": "According to the Office for National Statistics, 1.2 million vacancies were open in March.",
    "range-hedged": "Between 40% and 45% of voters are expected to turn out, pollsters say.",
    "range-money": "Repairs will cost £2m to £3m, the council estimates.",
    "ages-list": "The victims, aged 19, 23 and 41, were taken to hospital.",
    "years-span": "From 2010 to 2020, the town's population grew by 12%.",
    "times-more": "Fraud cases rose to 3.2 million, three times as many as a decade ago.",
    "fraction-of-whole": (
        "Three quarters of the 2,000 nurses surveyed, about 1,500, said they were thinking of leaving."
    ),
    "share-then-count": "About 30% of the 5,000 firms, or 1,500, reported a loss.",
    "one-in-ten": "One in ten of the UK's 30,000 GPs, around 3,000, work fewer than three days a week.",
    "of-whom-share": "The prison holds 1,400 inmates, of whom 350, or 25%, are on remand.",
    "change-money-compound": "The price of a loaf rose from $2 to 2 dollars 50 cents, a rise of 25%.",
    "pence-change-rel": "Petrol fell 4p to 142p a litre, from 146p.",
    "cents-rise-rel": "The stock climbed 30 cents to $4.30, up 7.5%.",
    "ms-cut": "Ministers cut the aid budget from 0.7% to 0.5% of national income.",
    "down-from-with-years": (
        "Violent crime fell to 1.2 million incidents in 2023, down from 1.5 million in 2019, a 20% fall."
    ),
    "up-next-sentence-pronoun": (
        "The charity handed out 2.5 million food parcels in 2022. In 2023 it handed out 3 million, up 20%."
    ),
    "compared-with": "Some 12% of applicants were accepted, compared with 18% a year earlier.",
    "points-word-after": "Labour's lead narrowed to 14 points, down from 20 points a month earlier.",
    "weekly-to-annual-money": "Households will pay £3 a week more, or about £156 a year.",
    "daily-to-annual-count": "Around 80 people a day are diagnosed with the disease, nearly 30,000 a year.",
    "annual-to-monthly": "The NHS spends £12bn a year on drugs, or £1bn a month.",
    "over-decade": "The plan will cost £100bn over ten years, or £10bn a year.",
    "split-between": "The £900,000 prize was split between three winners, who each took £300,000.",
    "made-up-of": (
        "The 650-seat chamber is made up of 533 English, 59 Scottish, 40 Welsh and 18 Northern Irish seats."
    ),
    "shared-between-two": (
        "The £5m fund will be shared between Leeds and Bradford, with £3m for Leeds and £2m for Bradford."
    ),
    "in-total": "Three hospitals will get £40m, £35m and £25m, £100m in total.",
    "tokenized-money": "Sales rose 12 % to $ 4.5 billion from $ 4 billion .",
    "compound-cents-and": "Lunch costs 4 dollars and 75 cents, up from 4 dollars.",
    "weight-lost": "She lost 40 pounds in a year, going from 210 pounds to 170 pounds.",
    "height-ft": "The wall will be 30 ft high and 2,000 miles long.",
    "second-mention-same": "The council has 5,000 staff. Of its 5,000 staff, 800 work in social care.",
    "two-years-two-figures": "In 2022, 45,000 people crossed the Channel in small boats. In 2023, 29,000 did so.",
    "different-sources-same": (
        "The ONS said 700,000 people moved to the UK in 2023. The Home Office put the figure at about 700,000 too."
    ),
    "doubled-hedge": "The cost of the scheme has more than doubled, from £1.1bn to £2.4bn.",
    "money-and-share": "Rail fares will rise by 4.9% in March, adding £150 to a typical season ticket of £3,060.",
    "count-rate-each-month": "Some 40,000 people apply each month, or 480,000 a year.",
    "us-per-capita": "Health spending reached $13,500 per person in 2023, up from $12,900 a year earlier.",
    "dollars-and-share": "Of the $2.1 trillion budget, about $800bn, or 38%, goes to defense and veterans.",
    "sales-two-years-total": "Sales were £40m in 2022 and £45m in 2023, £85m in total.",
    "staff-by-city-in-all": "The firm employs 300 people in Leeds, 200 in York and 100 in Hull, 600 in all.",
    "built-after-stock": (
        "The town had 10,000 homes in 2010. Last year 500 homes were built, a rise of 5% on the year before."
    ),
    "members-left": "The club had 300 members in 2019. Last year 40 left, a rise of 10%.",
    "employs-now": "The firm had 2,000 staff in 2020. It now employs 2,500, a rise of 25%.",
    "deaths-per-100k": "There were 10 deaths per 100,000 people in 2023, down from 12 in 2022.",
    "people-per-household": "Homes now hold 2.4 people per household on average.",
    "place-then-year": "In London, 500 people were arrested. In 2023, 800 people were arrested across the country.",
    "place-two-regions-diff-years": (
        "In Scotland, 1,200 teachers were hired in 2023. In Wales, 900 teachers were hired in 2023."
    ),
    "rate-two-per-units": "The service answers 1,000 calls a day, or about 7,000 a week.",
    "monthly-to-annual-pay": "Nurses earn £2,800 a month, or £33,600 a year.",
    "stock-down-cents": "Shares fell 12 cents to $2.88, down 4%.",
    "compound-level-change": "The fare went up by 20p to £2.70, a rise of 8%.",
    "of-the-share-cost": "Around 40% of the £5bn budget, or £2bn, goes on salaries.",
    "for-years-then-other": "The grant pays £2m a year for three years, and the council adds £1m.",
    "fell-to-in-month-from": "Mortgage rates fell to 4.5% in May, from 5.1% in April.",
    "two-rates-no-or": "Cafes sell 300 cups a day and 2,000 cakes a week.",
    "whole-before-parts-in-total": "Of the 100 staff, 40 are nurses and 30 doctors, 70 in total.",
    "and-then-wider-total": (
        "Last year 300 homes were built in Leeds and 200 in York, and 800 in total across the county."
    ),
    "games-total": "The team won 20 games, drew 5 and lost 13, a total of 38 games.",
    "share-then-part-twice": "About 30% of the 5,000 firms, or 1,500, reported a loss, and 10%, or 500, closed.",
    "bills-quarterly": "Bills of £300 a quarter come to £1,200 over a year.",
    "england-twice-other-years": (
        "In England, 5,000 homes were built in 2022. In England, 6,000 homes were built in 2023."
    ),
}

_MORE_PLANTED = {
    "stamp-price-pence-wrong": (
        "The price of a first-class stamp rose from 85p to £1.10 in 2023, an increase of 45%.",
        ["change-inconsistent"],
    ),
    "bus-fare-cents-wrong": (
        "Bus fares in the city went up from $2.25 to $2.75, a rise of 75 cents.",
        ["change-inconsistent"],
    ),
    "minimum-wage-wrong": (
        "The national living wage will rise by 9.7% to £12.21 an hour, from £11.44.",
        ["change-inconsistent"],
    ),
    "energy-cap-wrong": (
        "The energy price cap fell to £1,690 a year, down from £1,834, a cut of £244.",
        ["change-inconsistent"],
    ),
    "salary-split-wrong": (
        "The $1.2m settlement was divided into $800,000 for the family and $500,000 for legal costs.",
        ["parts-do-not-add-up"],
    ),
    "grant-per-year-wrong": (
        "Councils will receive £150m a year for four years, a total of £500m.",
        ["rate-total-mismatch"],
    ),
    "spending-monthly-wrong": (
        "The department spent £2.5m a month on hotels, or £20m over the year.",
        ["rate-total-mismatch"],
    ),
    "house-price-halve-wrong": (
        "Prices in the town halved from £300,000 in 2007 to £200,000 in 2012.",
        ["change-inconsistent"],
    ),
    "subsidy-tripled-wrong": (
        "The subsidy tripled from $40m in 2020 to $80m in 2023.",
        ["change-inconsistent"],
    ),
    "profit-fall-wrong": (
        "Profits at the retailer fell 25% to £120m, from £200m a year earlier.",
        ["change-inconsistent"],
    ),
    "arrests-rise-wrong": (
        "Police made 2,400 arrests in 2023, up from 2,000 in 2022, a rise of 40%.",
        ["change-inconsistent"],
    ),
    "homeless-down-wrong": (
        "The number of people sleeping rough fell from 4,750 to 3,800, a drop of 30%.",
        ["change-inconsistent"],
    ),
    "students-two-sentences-wrong": (
        "In 2021 the university enrolled 18,000 students. By 2024 the figure had risen by 40% to 22,500.",
        ["change-inconsistent"],
    ),
    "visitors-two-sentences-wrong": (
        "The museum had 600,000 visitors in 2019. Last year it welcomed 450,000, a fall of 35%.",
        ["change-inconsistent"],
    ),
    "flights-cut-wrong": (
        "The airline cut flights from 1,200 a week to 900, a reduction of 33%.",
        ["change-inconsistent"],
    ),
    "deportations-contradiction": (
        "In 2023, 3,200 people were deported. A later report said 3,900 people were deported in 2023.",
        ["contradiction"],
    ),
    "cases-doubled-wrong": (
        "Cases of measles doubled from 350 in 2022 to 500 in 2023.",
        ["change-inconsistent"],
    ),
    "share-of-voters-wrong": (
        "Of the 2,500 voters surveyed, 1,000, or 50%, said they would back the plan.",
        ["share-inconsistent"],
    ),
    "share-of-schools-wrong": (
        "Some 120 of the 600 schools in the county, or one in three, need urgent repairs.",
        ["share-inconsistent"],
    ),
    "share-of-budget-wrong": (
        "Of the £80m budget, £20m, or 40%, goes on social care.",
        ["share-inconsistent"],
    ),
    "share-out-of-wrong": (
        "Out of 250 applicants, 50 were offered a place, a success rate of 25%.",
        ["share-inconsistent"],
    ),
    "share-next-sentence-wrong": (
        "The agency received 12,000 complaints. Of those, 3,000 were upheld, or 35%.",
        ["share-inconsistent"],
    ),
    "points-change-wrong": (
        "Inflation fell to 4.6% in October, from 6.7% in September, a drop of 3.1 percentage points.",
        ["change-inconsistent"],
    ),
    "points-as-percent": (
        "The jobless rate rose from 3.7% to 4.2%, an increase of 0.5%.",
        ["percent-vs-points"],
    ),
    "rate-per-week-wrong": (
        "The clinic sees 250 patients a week, or 20,000 a year.",
        ["rate-total-mismatch"],
    ),
    "rate-homes-us-wrong": (
        "The city aims to build 12,000 homes a year, a total of 100,000 over the decade.",
        ["rate-total-mismatch"],
    ),
    "knife-contradiction": (
        (
            "Police recorded 46,000 knife offences in 2023. The Home Office said 49,000 knife offences were "
            "recorded in 2023."
        ),
        ["contradiction"],
    ),
    "negative-count": (
        "The survey counted -300 vacant homes in the borough.",
        ["negative-count"],
    ),
    "share-over-100": (
        "The scheme was backed by 112% of members.",
        ["share-out-of-range"],
    ),
    "fine-wrong": (
        "The regulator fined the bank £45m, up from a £30m penalty in 2021, an increase of 30%.",
        ["change-inconsistent"],
    ),
    "pension-wrong": (
        "The state pension rose by about 12% to £221 a week, from £204.",
        ["change-inconsistent"],
    ),
    "sentence-ahead-money-wrong": (
        "The trust's deficit was £40m in 2022. In 2023 the deficit fell by 10% to £30m.",
        ["change-inconsistent"],
    ),
    "up-from-with-year-wrong": (
        "Food bank parcels reached 3 million in 2023, up from 2.2 million in 2021, a rise of 50%.",
        ["change-inconsistent"],
    ),
    "rate-quarterly-wrong": (
        "The company paid a dividend of 10p a quarter, or 50p a year.",
        ["rate-total-mismatch"],
    ),
    "defence-budget-wrong": (
        "Congress approved $886bn for defense in 2024, up from $858bn the year before, a rise of 8%.",
        ["change-inconsistent"],
    ),
    "sentence-ahead-before-wrong": (
        "The charity had 150 shops in 2020. It now has 120, a fall of 30%.",
        ["change-inconsistent"],
    ),
    "per-cent-word-wrong": (
        "Unemployment in the region fell from 5.2 per cent to 4.8 per cent, a drop of 0.6 percentage points.",
        ["change-inconsistent"],
    ),
    "billion-word-us-wrong": (
        "The company's revenue grew from $4.2 billion in 2022 to $4.6 billion in 2023, a gain of about 20%.",
        ["change-inconsistent"],
    ),
    "million-word-count-wrong": (
        "The number of passengers rose to 1.8 million last year, up from 1.5 million, an increase of 30%.",
        ["change-inconsistent"],
    ),
    "fraction-of-whole-wrong": (
        "Three quarters of the 2,000 nurses surveyed, about 1,000, said they were thinking of leaving.",
        ["share-inconsistent"],
    ),
    "of-whom-share-wrong": (
        "The prison holds 1,400 inmates, of whom 350, or 35%, are on remand.",
        ["share-inconsistent"],
    ),
    "down-from-with-years-wrong": (
        "Violent crime fell to 1.2 million incidents in 2023, down from 1.5 million in 2019, a 30% fall.",
        ["change-inconsistent"],
    ),
    "up-next-sentence-wrong": (
        "The charity handed out 2.5 million food parcels in 2022. In 2023 it handed out 3 million, up 30%.",
        ["change-inconsistent"],
    ),
    "weekly-to-annual-wrong": (
        "Households will pay £3 a week more, or about £250 a year.",
        ["rate-total-mismatch"],
    ),
    "annual-to-monthly-wrong": (
        "The NHS spends £12bn a year on drugs, or £2bn a month.",
        ["rate-total-mismatch"],
    ),
    "over-decade-wrong": (
        "The plan will cost £100bn over ten years, or £15bn a year.",
        ["rate-total-mismatch"],
    ),
    "in-total-wrong": (
        "Three hospitals will get £40m, £35m and £25m, £110m in total.",
        ["parts-do-not-add-up"],
    ),
    "tokenized-money-wrong": (
        "Sales rose 20 % to $ 4.5 billion from $ 4 billion .",
        ["change-inconsistent"],
    ),
    "compound-cents-wrong": (
        "The price of a loaf rose from $2 to 2 dollars 50 cents, a rise of 50%.",
        ["change-inconsistent"],
    ),
    "doubled-hedge-wrong": (
        "The cost of the scheme has more than doubled, from £1.1bn to £2bn.",
        ["change-inconsistent"],
    ),
    "count-rate-each-month-wrong": (
        "Some 40,000 people apply each month, or 600,000 a year.",
        ["rate-total-mismatch"],
    ),
    "dollars-and-share-wrong": (
        "Of the $2.1 trillion budget, about $800bn, or 48%, goes to defense and veterans.",
        ["share-inconsistent"],
    ),
    "two-years-contradiction": (
        (
            "In 2022, 45,000 people crossed the Channel in small boats. Officials later said 41,000 people "
            "crossed the Channel in small boats in 2022."
        ),
        ["contradiction"],
    ),
    "points-word-after-wrong": (
        "Labour's lead narrowed to 14 points, down from 20 points a month earlier, a fall of 8 points.",
        ["change-inconsistent"],
    ),
    "cents-rise-rel-wrong": (
        "The stock climbed 30 cents to $4.30, up 12%.",
        ["change-inconsistent"],
    ),
    "share-then-count-wrong": (
        "About 30% of the 5,000 firms, or 2,500, reported a loss.",
        ["share-inconsistent"],
    ),
    "whole-before-parts-in-total-wrong": (
        "Of the 100 staff, 40 are nurses and 30 doctors, 80 in total.",
        ["parts-do-not-add-up"],
    ),
    "england-twice-contradiction": (
        "In England, 5,000 homes were built in 2023. Officials said 6,000 homes were built in England in 2023.",
        ["contradiction"],
    ),
    "rate-quarterly-wrong2": (
        "Bills of £300 a quarter come to £1,500 over a year.",
        ["rate-total-mismatch"],
    ),
    "sales-two-years-total-wrong": (
        "Sales were £40m in 2022 and £45m in 2023, £95m in total.",
        ["parts-do-not-add-up"],
    ),
    "employs-now-wrong": (
        "The firm had 2,000 staff in 2020. It now employs 2,500, a rise of 40%.",
        ["change-inconsistent"],
    ),
    "rate-two-per-units-wrong": (
        "The service answers 1,000 calls a day, or about 10,000 a week.",
        ["rate-total-mismatch"],
    ),
    "monthly-to-annual-pay-wrong": (
        "Nurses earn £2,800 a month, or £38,000 a year.",
        ["rate-total-mismatch"],
    ),
    "stock-down-cents-wrong": (
        "Shares fell 12 cents to $2.88, down 8%.",
        ["change-inconsistent"],
    ),
    "compound-level-change-wrong": (
        "The fare went up by 20p to £2.70, a rise of 15%.",
        ["change-inconsistent"],
    ),
    "of-the-share-cost-wrong": (
        "Around 40% of the £5bn budget, or £3bn, goes on salaries.",
        ["share-inconsistent"],
    ),
    "grant-for-years-wrong": (
        "The scheme will train 2,000 nurses a year for five years, or 12,000 in total.",
        ["rate-total-mismatch"],
    ),
    "fell-to-in-month-from-wrong": (
        "Mortgage rates fell to 4.5% in May, from 5.1% in April, a drop of 1.1 percentage points.",
        ["change-inconsistent"],
    ),
}

CONSISTENT |= _MORE_CONSISTENT
PLANTED |= _MORE_PLANTED


def problems(text: str) -> list[str]:
    """The codes of the findings at warning or above, in report order."""
    return [f.code for f in check(extract(text), text=text).findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text", CONSISTENT.values(), ids=CONSISTENT.keys())
def test_consistent_passage_raises_nothing(text: str) -> None:
    """A correct passage gets no warning and no error."""
    expected: list[str] = []
    assert expected == problems(text)


@pytest.mark.parametrize(("text", "codes"), PLANTED.values(), ids=PLANTED.keys())
def test_planted_error_is_found(text: str, codes: list[str]) -> None:
    """A passage with one planted error gets exactly the expected finding."""
    assert codes == problems(text)


def verdicts(text: str) -> list[tuple[str, Severity, str | None]]:
    """Code, severity and verdict of every finding."""
    return [(f.code, f.severity, f.verdict.value if f.verdict else None) for f in check(extract(text)).findings]


@pytest.mark.parametrize(
    "text",
    [
        "Spending rose from £2bn in 2020 to £3bn in 2024, an increase of 60%.",
        "Spending rose from more than £2bn to £3bn, an increase of 60%.",
        "Exports rose 10% to £50bn, from £45bn.",
    ],
)
def test_rounded_inputs_only_if_rounded(text: str) -> None:
    """A change that holds only under the wide reading of rounded figures is a warning, never accurate."""
    expected = [("change-inconsistent", Severity.WARNING, "only_if_rounded")]
    assert expected == verdicts(text)


def test_hedged_inputs_are_within_rounding_not_accurate() -> None:
    """ "From around £2bn to about £3bn, an increase of 60%" holds within the hedges, not exactly."""
    expected = [("change-consistent", Severity.OK, "accurate_within_rounding")]
    assert expected == verdicts("Spending rose from around £2bn to about £3bn, an increase of 60%.")
