"""Consistent news copy raises nothing: a lint that cries wolf is switched off."""

from __future__ import annotations

import pytest
import regex

import numcheck
from tests.conftest import ROOT, claim, run_cli


def test_every_example_article_is_consistent():
    result = run_cli("check", "--format", "concise", str(ROOT / "seeds"))
    assert result.returncode == 0, result.stdout
    articles = [p for p in (ROOT / "seeds").iterdir() if p.is_file()]
    assert result.stdout.startswith(f"0 errors, 0 warnings in {len(articles)} files")


@pytest.mark.parametrize(
    "text",
    [
        "About 60% of the cases were in children under 10, and the West Midlands accounted for 45 of them.",
        "In Turkey alone, 40,642 people have been killed, while Syria's toll stands at more than 5,800.",
        "The vote was 9 to 4, with two members absent. Council has 15 members.",
        "Manchester City beat Arsenal 3-1 on Sunday to move two points clear with five games left.",
        "Israel says 1,200 people were killed; Hamas says 1,400 people were killed.",
        "Helene killed at least 120 people across six states. In North Carolina alone, 40 people died.",
        "Buses, about 40% of trips, added 120 electric buses, bringing the fleet to 310 of 1,450 buses.",
        "He won 52% of the vote, or 1.2 million of 2.3 million ballots.",
        "The rate rose to 3.9% from 3.8% in March; 175,000 jobs were added, fewer than the 240,000 expected.",
        "The fire has burned more than 40,000 acres (16,000 hectares), and winds gusted to 45 mph (72 km/h).",
        "The buses crashed about 100 kilometers (60 miles) west of Kathmandu.",
        "Of the 1,200 people killed, 800 were civilians and 300 were children.",
        "Of the 240 hostages, 110 were freed, including 80 women and children.",
        "Rescuers pulled 11 more bodies from the debris of two buses, raising the death toll to 38.",
        "The unemployment rate dipped to 4.2% from 4.3%, and wage growth slowed to 3.8% from 4.1%.",
        "Nvidia earned $19.3 billion, or 78 cents a share, up from $9.2 billion, or 37 cents a share.",
        "James scored 32 points on 12-of-20 shooting as the Lakers beat the Celtics 118-112.",
        "Russia said it destroyed 47 drones over seven regions, including 20 over Bryansk and 12 over Kursk.",
        "At least three people were killed and 47 injured. Of the injured, 12 were in serious condition.",
        # a conversion worked out before rounding, or through a third unit, is off by under 1%
        "The typhoon made landfall with sustained winds of 220 km/h (138 mph).",
        # "the other N" after a part that tells what kind some of the group are is not its rest
        "Eleven men were pulled from the water on Wednesday. They said the boat had set out with 30 people "
        "aboard, four of them children, and that the other 19 people had been swept overboard.",
        # a span of time a change is measured over is no amount that changed
        "Rents rose 6.1% over the 12 months to May, a bigger increase than the 5.8% rise over the 12 months "
        "to April.",
        # a win-loss record a game took a team to is no running total
        "She scored 31 points and passed 5,000 for her career in the win, which took the Storm to 20-9.",
        # a share set off after a change that goes the other way is another change
        "Arrests rose by 40 to 440 last year, a 12% drop in charges notwithstanding.",
        # the start of a rate set off after a count is the rate's, not the count's
        "Some 2,950 infant deaths were registered, a rate of 4.8 per 1,000 births, down from 5.2 in 2019.",
        # "taking ... to N" of another noun is no running total of the count before
        "About 15 ambulances and 80 medics worked at the scene, taking the injured to four hospitals.",
        # "a fortnight" after an amount is a rate's span, no duration between dates
        "From June 2 to July 30 the union paid strikers £400 a fortnight.",
        # a net gain after two gains and one loss: which of them it nets is not said
        "The firm hired 120 staff and opened 14 stores but closed 9, a net gain of 5 stores.",
        # a part of the freed is not counted apart from them as still held
        "The ministry began releasing 900 prisoners on Monday. Officials said 300 of them had been held "
        "without charge, while 650 had been convicted of minor offences.",
        # held before, not now
        "Police arrested 700 people during the protests. Authorities released 500 people on Sunday. "
        "Some 300 people had been held for more than a week.",
        # a list of what happened, each item with a participle of its own, breaks down nothing
        "The northern province suffered worst, with 52 deaths, 30 people injured, 900 houses destroyed, "
        "7 bridges washed away and 300 livestock killed.",
        # "one" closing a clause is a pronoun, no running total
        "Several outbreaks, meaning three or more linked cases, have driven up the count, and 70% of "
        "cases are tied to one.",
        # a place's change is a part of the change told before, not its ends
        "Deaths on the state's roads fell 8% last year.\n\nIn the capital, 120 people were killed, down "
        "from 150 in 2022.",
        # boys and girls split the children, not the injured they are among
        "The 420 injured include 61 boys and 45 girls, the health ministry said.",
        # two kinds of a longer list are not all of the whole
        "Of the 300 homes hit, 90 were fully destroyed, 150 partly damaged and 60 flooded.",
        # a series by year in brackets is no breakdown of the figure before it
        "The firm had 400 staff (300 in 2019 and 350 in 2020) before the merger.",
        # seats listed for another contest than the chamber's
        "The party took 70 of the 150 seats. In the previous election it won 80 seats, the Greens 41, "
        "the Liberals 22 and independents 12.",
        # a share alone "of all <group>" may be of another time's group
        "Last year 61,000 claims were made. In the first quarter, Syrians made 2,140, or 9% of all claims.",
        "The party won only 23 of the 288 seats but took more than 19 per cent of the votes.",
        # "They were" after two counts: which group the list breaks down is not said
        "Officials counted 22 dead and 40 injured. They were 30 men and 32 women.",
        # "They were" before figures that are no list of counts
        "Rescuers reached 14 climbers on Sunday. They were 3,000 metres up and 20 km from the road.",
        "At least three people were killed on Monday. The 2011 quake killed more than 18,000 people.",
        "The company will cut 1,800 jobs, about 8% of its workforce of 22,000.",
        "Half the members, 48%, voted no, and a third of the 90 seats, 31, went to Labour.",
        "Nearly two-thirds of voters, or 64%, backed the plan.",
        "The heat has been blamed for at least 34 deaths this month, 21 of them people over 65.",
        "The $95 billion package includes $61 billion for Ukraine, $26 billion for Israel and $8 billion "
        "for Taiwan.",
        "The $2 billion deal, which includes 12 jets, was signed.",
        "The bill passed with 22 Republicans joining 46 Democrats in support. Two Democrats and 29 "
        "Republicans voted against it.",
        "Of the 650 MPs elected, 263 are women, a record 40%, and 72 are Liberal Democrats, up from 11.",
        "40% of the 2,000 residents fled; 300 of the 2,000 residents were children.",
        "Violent crime fell 12% last year to 4,500 incidents from 5,114; homicides dropped to 243 from 327, "
        "a 26% decline.",
        "Bumrah took eight wickets, including five for 30 when Australia were dismissed for 104.",
        "London accounted for 1,034 cases and the West Midlands for 624. In the week to July 21, 82 new "
        "cases were reported.",
        "It made Rs 3,343 crore in the July-September quarter, down 11% from Rs 3,764 crore.",
        "The fire stopped about half a mile (0.8 kilometers) from homes after a foot (30 centimeters) "
        "of snow fell.",
        "Gas averaged $3.50 a gallon and crude $80 a barrel; the trail runs a mile and a half (2.4 km).",
        "The city's population grew from 2.1 million to 2.5 million, a rise of 19%.",
        "Homicides dropped to 243 from 327 — a decline of about 26 percent.",
        "The company employs 5,000 people, 60% of them in Europe, or 3,000 workers; 2,000 are engineers.",
        "The crash killed 12 people — eight adults and four young children — on Sunday.",
        "Of the 1,000 people surveyed, 520 said yes and 380 said no; 52% of men and 60% of women backed it.",
        "Delta earned $1.27 billion, or $1.97 a share, up from $1.11 billion, or $1.73 a share.",
        "The average fare fell 3.5% to $283 from $293.",
        "Tatum scored 37 points, including five 3-pointers; Boston made 18 of 41 3-point attempts, or 44%.",
        "Support was strongest among those under 35, 64% in favor, while 55% of voters over 65 opposed it.",
        "That is 51% in favor, 42% against and 7% undecided, with a margin of error of plus or minus 3.",
        "Tornadoes killed at least 23 people — 17 in Mississippi, four in Alabama and two in Tennessee.",
        "Backers have raised $4.2 million, nearly three times the $1.5 million raised by opponents.",
        "Turnout reached 71% of the state's 4.4 million registered voters, up from 64% four years ago.",
        "The Senate voted 68-31 to pass the bill, with 22 Republicans joining 46 Democrats in support.",
        "Countries agreed to limit warming to 1.5C (2.7F); the planet has warmed 1.2 degrees Celsius (2.2F).",
        "The 6-foot-2 (1.88-meter) suspect is 5 feet, 10 inches (1.78 meters) tall, police said.",
        "Sales doubled to $4 billion from $2 billion; profit halved to $1.2 billion from $2.5 billion.",
        "The jobless rate rose 0.2 percentage point to 4.1% from 3.9%.",
        "The 30-year fixed rate fell 30 basis points to 6.2% from 6.5%.",
        "Shares fell 12 cents, or 1.5%, to $7.88, and crude rose $1.20, or 1.5%, to $80.50 a barrel.",
        "The Dow fell 475.84 points, or 1.4%, to 33,127.28.",
        "The bill passed the House 229-198, with 10 Republicans joining all 219 Democrats voting for it.",
        "The vote was 6-3, and three justices dissented.",
        "Officials put the toll at 1,037 dead on Saturday and 2,122 dead on Sunday. Most of the dead, 1,293, "
        "were in Al Haouz province.",
        "The Boeing 737-800 was carrying 175 passengers and six crew members.",
        "The retailer will close 150 of its 1,300 stores, about 12%, by March; 40% of them are in Ohio.",
        "The retailer will close 150 of its 1,300 stores, 40% of them in Ohio.",
        "The deal values the company at $69 billion, or $95 a share, a 45% premium to the $65.50 close.",
        "The offer of $40 a share is a 20% discount to the $50 closing price.",
        "The school has 12 teachers — 300 students and 40 staff — and a new gym.",
        "Profit was $5.2 billion, versus $6.1 billion a year ago, a 15% decline.",
        "The company, which employs 4,000 people, will hire 500 more: 300 engineers and 200 sales staff.",
        "Police said 4 people were shot, 2 fatally, near the stadium.",
        "Of the 30 people arrested, 12 were charged; the rest, 18, were released.",
        "He was convicted on 11 of the 14 counts and acquitted on the other three.",
        "Approval among Democrats was 90% to 15% among Republicans; among women it was 60% to men's 45%.",
        "Revenue was $12 billion, compared with $10 billion a year earlier, an increase of 20%.",
        "The vaccine reduced hospitalizations by 90%, from 100 cases to 10. The study found 2,000 cases.",
        "The drug cut the risk of death by 20% compared with a placebo, from 10% to 8%.",
        "The Carters had four children — three sons and a daughter — and 11 grandchildren.",
        "The jet carried 175 passengers and six crew. Two survived. Of the passengers, 173 were Korean.",
        "Congress passed a $95 billion aid package. The package includes $61 billion for Ukraine and "
        "$26 billion for Israel. The deal includes 12 jets.",
        "Approval stood at 41%, with 55% disapproving; the measure won 62% to 38%.",
        "The storm killed 12 people and injured 40. Among the injured were 30 children and eight adults.",
        "The quake killed 1,037 people, officials said Monday. By Tuesday the toll had risen to 2,122. "
        "Among the dead were 1,500 people in Al Haouz.",
        "At least 12 people were killed. Among the dead, eight were soldiers.",
        "He scored 20 of the team's 80 points; the other four starters combined for 40.",
        "Exports totaled $20 billion, an 11% increase from $18 billion in 2022.",
        "Hamas freed 24 hostages on Friday. Under the deal, it is to free 50 of the 240 hostages it holds.",
        "Hamas freed 13 Israelis. The Israelis, four children and nine women, were flown to Israel.",
        "CHICAGO, May 3, 2024 - Born in 1950, Smith grew up in Ohio.\n\nHis father died at age 70.",
        "Smith won 1.2 million votes. Jones got 800,000, or 40% of the vote.",
        "The House voted 66-46 for the plan. Two Democrats joined all 44 Republicans in voting against it.",
        "3 dead, 12 hurt in bar shooting\n\nThree people were killed and 12 others were wounded on Sunday.",
        "Death toll passes 16,000\n\nMore than 16,200 people have been killed, the health ministry said.",
        "Death toll tops 16,000\n\nMore than 16,200 people have been killed, the health ministry said.",
        "Quake death toll nears 3,000\n\nThe quake killed 2,946 people, officials said.",
        "BOSTON, April 15, 2024 - Lewis, who was born in 1945, lost her husband, who died at 44.",
        "BOSTON, April 15, 2024 - Lewis was born in 1945 to a 19-year-old mother.",
        "Ex-mayor gets 7 years\n\nA former mayor was sentenced to seven years in prison and fined $5,000.",
        "Apple posts $90 billion in sales\n\nApple had sales of $89.5 billion and profit of $23.6 billion.",
        "Inflation cools to 3.2%\n\nConsumer prices rose 3.2% from a year earlier, down from 3.7%.",
        "Storm toll rises to 7\n\nThe storm killed at least five. By Tuesday, the toll had risen to 7.",
        "ATLANTA, Nov. 19, 2023 - Carter died Sunday. She was 96.\n\n"
        "Born on Aug. 18, 1927, she married in 1946, when she was 18 and he was 21.",
        "Homicides fall 18% in big cities\n\nHomicides in large U.S. cities fell by about 18% last year.",
        "Labour wins 412 seats\n\nLabour won, taking 412 of the 650 seats; the Tories won 121 seats.",
        "The company has 22,000 employees. It will cut 1,800 jobs, or 8% of its employees.",
        "The company employs 22,000 people. It will cut 1,800 jobs, or 8% of its workforce.",
        "The ballot measure passed 52% to 48%.",
        "The festival runs 10 days, from July 1, 2024 to July 10, 2024, with a one-day break.",
        "Hamas is to free 50 of the 240 hostages it holds, and Israel 150 prisoners, three times as many.",
        "Heat killed 47,000 in Europe, study finds\n\nExtreme heat killed more than 47,000 people last year.",
        "Dow sheds 430 points\n\nThe Dow Jones Industrial Average fell 430.97 points, or 1.29%.",
        "Tornadoes kill 23 across two states\n\nThey killed 23 people: 17 in Mississippi and six in Alabama.",
        "Missiles killed 18. Those killed included eight people in Kyiv, six in Dnipro and four in Odesa.",
        "The S&P 500 fell 2.5%, or 120 points, to 4,680; the FTSE 100 gained 1.2%, or 90 points, to 7,600.",
        "NEW YORK, Oct. 3, 2023 (Reuters) - Stocks fell on Tuesday as yields climbed to 16-year highs.",
        "Attendance reached a record 1.2 million, up 9% from last year's 1.1 million.",
        "Unemployment rose to 4.1% in June from 3.9% in May, an increase of 0.2 percentage point.",
        "The company employs 12,000 people: 7,000 in the United States and 5,000 abroad.",
        "The festival drew 80,000 people, 2,000 volunteers and 300 artists over three days.",
        "The court ruled 6-3 that the law was constitutional, with three justices dissenting.",
        "Of the 500 workers surveyed, 300 said they backed the union and 150 opposed it; 50 did not answer.",
        "Some 60% of Republicans support the measure, compared with 30% of Democrats.",
        "About 70% supported the plan in 2020, but only 40% backed it this year.",
        "The company will buy back $10 billion of stock, about 5% of its market value of $200 billion.",
        "Of the 170 infections among more than 43,000 volunteers, 162 were in people who got dummy shots.",
        "The House passed the measure 220-207, with 12 Democrats voting against it.",
        "Daily arrests have averaged about 1,800, down more than 50% from the 3,800 a day recorded in May.",
        "Moss took 27 payments over six years, from 2016 to 2022. In 2020 a 5-year plan ran to 2030.",
        "With 97% of the vote counted, Delgado had 52.7% to Hale's 46.4%; Boston shot 55% to New York's 48%.",
        "Police said 300 people were arrested, 200 men and 150 women were charged and 40 were released.",
        "Of the 44 workers underground, 29 have been brought to the surface, 11 remain trapped and four "
        "died.",
        "The four survivors - three men and a woman - said they had set sail from Sfax on Thursday.",
        "The Americans won 40 gold medals, 44 silver and 42 bronze for a total of 126, the most of any "
        "nation.",
        "Police arrested 12 people on Monday and 8 on Tuesday, for a total of 45 since the protests began.",
        "Congress approved $61 billion for Ukraine, $26 billion for Israel and $8 billion for the "
        "Indo-Pacific, for a total of $95 billion.",
        "Of the 44 miners, 29 were rescued and 11 died, for a total of 40 accounted for.",
        "JPMorgan profit jumps 35%\n\nJPMorgan reported a 35% jump in quarterly profit on Friday. Net "
        "interest income climbed 19% to $24.1 billion.",
        "Net migration fell by around 10% to 685,000 last year, data showed, down from a record 764,000.",
        "Ferry sinks with 180 aboard; 41 dead\n\nAt least 41 people died when a ferry carrying 180 sank.",
        "Turnout passed the legal threshold of 50% in 44 of the 176 trusts where members were balloted.",
        "The fire has grown to 548 square miles (1,419 square km), larger than Los Angeles.",
        "The CDC reported 1,001 cases in 30 states as of Tuesday, up from 935 a week earlier.",
        "About 96% of cases were in the unvaccinated. Children under 5 accounted for 30% of cases.",
        "Nearly two-thirds of respondents - 64% - said the country was heading in the wrong direction.",
        "The board approved a $20.9 billion budget, 6.4% more than the $19.6 billion approved last year.",
        "It had 300 workers, 25% fewer than the 400 it employed in 2020.",
        "The CDC reported 1,001 cases, up from 935 a week earlier, a rise of 7%.",
        "It was 5C at dawn, and overnight lows stayed above 90F (32.2C) for 16 days.",
        "There were about 80,400 overdose deaths in 2024. That's down nearly 27% from 110,000 in 2023.",
        "All-cash sales made up 28% of transactions, from 30% a year earlier.",
        "The deal values Hess at $171 a share, a premium of about 10% to its 20-day average of $155.",
        "Congress won 99 seats, nearly double its tally of 52 five years ago.",
        # "of the candidates who sat": a group its clause names, not the figure of candidates before
        "The board said 612,400 candidates, or 61.3 per cent, passed at least five subjects. Results "
        "were out for 951,800 of the candidates who sat the papers.",
        # a compound noun opening a sentence ("Population density") names no change of population
        "The state's population grew by 9.4 per cent over the decade.\n\nPopulation density rose from "
        "212 to 246.",
        # a figure and the start of its change are one figure at two times, no two roles of a rule
        "The weekly report recorded 318 hospitalised confirmed flu cases in the week to 9 January, up "
        "from 204 the week before.",
        # each side's counts take the side of the verb in their own clause ("in supporting")
        "The bill passed 230-189. Two Democrats sided with 226 Republicans in supporting the bill, while "
        "a single Republican joined 188 Democrats in voting against it.",
        # a list "of them" closed by "and" ends there
        "Another 31 people were missing, 24 of them in the hills and 7 on the coast, and 260 were "
        "injured across the region.",
        # a sum compared with a sum, and a rate with a rate: not the rate before a sum
        "Net income reached $7.4 million, or $0.26 per diluted share, against $4.1 million, or $0.15 per "
        "diluted share, a 73.3% increase in earnings per share.",
        # a list closed by "and" ends there: ", and 72 were wounded" is a clause of its own
        '"31 soldiers died, among them four officers and two pilots, and 58 were wounded," he said.',
        # "mt" after a figure is metric tonnes, no count to hold a group's parts
        "The programme reached 98,200 pupils with 60 mt of food, among them 41,000 children in rural "
        "schools.",
        # two changes compared, no change from one to the other
        "The grant went up by just 0.5% compared with an average of 4%.",
        "Labour proposed a rise of 3.75%, against the 3.9% put forward by the council.",
        # "almost twice" of a round multiplier reaches further than "nearly 500" does
        "The party's 412,000 votes were almost twice the 231,000 it drew in 2019.",
        "Temperatures rose 10% to 40C from 30C.",
        "Storms killed 10 people in Texas and three in Oklahoma on Sunday. In all, 13 people were killed.",
        "The jet was carrying 175 passengers and six crew members. All 181 people on board survived.",
        "Police arrested 12 people on Monday and 20 on Tuesday. In all, 45 have been arrested since May.",
        "Labour won 33.7% of the vote, the Conservatives 23.7% and Reform UK 14.3%.",
        "Smith got 52% of the vote in 2020 and 60% in 2024.",
        "Alphabet had 186,779 employees. Meta said it would lay off 11,000 workers, about 13% of its staff.",
        "Four killed, nine hurt in school shooting\n\nA student opened fire, killing two students and two "
        "teachers and wounding nine others.",
        "Nasdaq jumps 2%\n\nThe Nasdaq added 326.64 points, or 2.37%, to 14,094.38; prices rose 0.4%.",
        "Insured losses could reach $30 billion to $50 billion.",
        "Sudan war has displaced 10 million\n\nFighting has forced more than 10 million people from their "
        "homes. Of those, about 7.3 million have fled within Sudan and more than 2 million abroad.",
        "Of the 150 cars, 20 were carrying hazardous materials, and 10 of those derailed. Five of them held "
        "vinyl chloride.",
        "Ferry sinks with 180 aboard\n\nThe ferry carried 180 people. Of those aboard, 106 were rescued.",
        "Arsenal had 17 shots, eight on target, to Chelsea's six shots, only two of which were on target.",
        "Fentanyl was involved in about 48,400 of the deaths, or 60%, down from roughly 76,300 in 2023.",
        "The death rate, about 23 deaths per 100,000 people, was twice the rate in 2010, 12 per 100,000.",
        "More than a million people took to the streets on Thursday to protest a plan to raise the "
        "retirement age from 62 to 64, the ministry said.",
        "Floods destroyed 300 of the 1,200 homes in the village, leaving 800 homeless.",
        "Kidnappers have released 137 of the 287 pupils and teachers seized, leaving 150 still in captivity.",
        "Bayer set aside $16 billion to resolve about 165,000 claims, and has settled some 113,000 of them, "
        "leaving about 52,000 unresolved.",
        "Dozens dead after migrant boat capsizes\n\nAt least 79 people drowned when the boat sank on "
        "Wednesday.\n\nThe coast guard said 104 people were rescued.\n\nMore than 27,000 migrants have died "
        "in the Mediterranean since 2014.",
        "He sold 500,000 shares at an average price of $112 a share, worth about $56 million.",
        "The airline ordered 50 jets at $100 million each, a deal worth $5 billion at list prices.",
        "She bought 1,000 shares at $3 each for $3,000 in 1999; they are now worth $2 million.",
        "The bill passed with 400 votes in favour, 41 against and 100 abstentions, out of 636 present.",
        "The child poverty rate more than doubled in 2022, to 12.4% from a record low of 5.2%.",
        "The city has 300 officers, 150 fewer than the 450 it had in 2020.",
        "About 6,100 workers were eligible to vote, and 2,276 ballots were cast, a turnout of about 38%.",
        "Turnout was 71%, up from 64% four years ago, when 5.2 million of 7.4 million registered voters cast "
        "ballots.",
        "Israel says 132 hostages remain in Gaza, at least 25 of them dead\n\nAbout 132 of the roughly 253 "
        "people seized remain in Gaza, and at least 25 of them have died.\n\nThree hostages were shot "
        "dead by soldiers in December.",
        "Net income was $2.33 billion, or $5.28 a share, up from $1.31 billion, or $2.88 a share, an "
        "increase of 78%.",
        "Netflix added 9.33 million subscribers, bringing its total to 269.6 million. The United States and "
        "Canada accounted for 82.66 million subscribers, or about 31% of the total.",
        # a headline's figure of two events together is neither event's figure
        "Storms leave 19 people dead or missing in Peru\n\nHeavy rain has killed 12 people, left seven "
        "missing and injured 30, officials said.",
        # a headline's total over a lede that tells several incidents, each with its own toll
        "Air strikes kill 11 across the north, medics say\n\nA strike on a house in the town killed four "
        "children and their father, medics said. A second strike on a car killed a woman and two men.\n\n"
        "Later, three more people were killed when a market was hit.",
        # a gap after a list apposed to its total: the list's last item is not what falls short
        "The three parties hold 120 seats between them, the Greens 70, the Liberals 45 and the Pirates 5, "
        "one short of the 121 needed for a majority.",
        # "and will include" is the subject's verb, not a breakdown of the figure before it
        "The board will gain three new members, will lose one director who stood again and will include "
        "four women.",
        # a split of the group a count is 'one of', not of the event's figure
        "The siege left at least 12 people dead, officials said. Three militants forced their way into the "
        "hotel. One of the gunmen was shot dead at the gate, while the other two got inside and opened fire.",
        # "of those killed on the other side": a smaller group than the figure of the killed
        "The group said 160 of its fighters had been killed in the war. Separately, it said around 2,900 "
        "of those killed on the other side were foreign fighters.",
        # "up from" after a part named "of them": whose start it is, the part's or its whole's, is unsure
        "In the county, 54 patients were in hospital with flu last week, three of them in intensive care, "
        "up from 40 the week before.",
        # a difference from a count of other things ("the four players") is from their unstated tally
        "Smith finished as top scorer with 21 goals, 9 more than the four players tied for second.",
        # "twice as many as <someone>": a reference named, not given
        "In 1998 Brown scored 30 tries in a season of 20 games, twice as many as his team-mate Jones.",
        # a multiplier of a reference the text names but does not give ("its 2010 total")
        "The city issued 2,100 permits last year. The museum drew more than 900,000 visitors, over twice "
        "its 2010 total.",
        # "N of them" in the sentence of a breakdown is another cut of the whole, not one more item
        "The ferry carried 412 people, 396 passengers and 16 crew, and 150 of them were treated for smoke.",
        # groups listed as on board are parts of those on board, not all of them
        "The manifest listed 20 Britons, nine Germans and four Italians on board. Five crew and 33 "
        "passengers were on the flight; of them one passenger and two crew were hurt.",
        # the same life told exactly: the calendar's leap days are no error
        "The bishop was born in Leeds on January 28, 1931, and died in York on March 2, 1989, aged "
        "58 years and 33 days.",
        "Rain gauges on the ridge measured more than 40 inches (102 centimeters) this week.",
        # a temperature's record may be of cold: with no word of its way, no way is assumed
        "Overnight the mercury fell to -17.2C at the airport, breaking the record of -16.1C.",
        # a side of a win-loss record is no group to include parts
        "The champion is 41-2 this season, including 30 straight wins on clay.",
        # "the new deaths" are the latest increment, not the toll it brought up
        "Six more people died on Monday, taking the toll to 58. Floods caused four of the new deaths "
        "and a landslide the other two.",
        # a score after "of" is no group to include parts
        "Most applicants had averages of 3.7 or better, including more than 2,000 with a perfect 4.0.",
        # two groups set against each other, no change
        "Patients on the drug lost an average of 5.1 kg at six months, against 1.8 kg for placebo.",
        # "scores of" before a figure is no vague count
        "Half of this year's applicants had test scores of 1450 or higher.",
        # a list after ', with' need not be all of its whole
        "The bank employs 5,200 people, with 2,100 in London and 900 in Frankfurt.",
    ],
)
def test_consistent_sentences_raise_nothing(text):
    assert numcheck.check(text) == []


def test_people_under_an_age_are_an_age_not_a_count():
    assert claim("Half of the cases were in children under 10.", "under 10").kind == "age"


def test_hostages_that_remain_in_captivity_are_held():
    held = claim("So far 40 have been freed and 55 hostages remain in captivity.", "55")
    assert (held.entity, held.event) == ("hostage", "held")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The storm killed 12 people, including 15 children.", "NC101"),
        ("Turnout was 62%, or 6,200 of the 8,000 registered voters.", "NC104"),
        ("He won 52% of the vote, or 1.5 million of 2.3 million ballots.", "NC104"),
        ("Sales rose 10% to $110 million from $90 million.", "NC105"),
        ("Revenue was $14.2 billion, up 32% from $11.6 billion a year earlier.", "NC105"),
        ("Unemployment fell to 4.1% from 3.9%.", "NC105"),
        ("The 5-mile (12 km) route was closed.", "NC107"),
        ("The buses crashed about 100 kilometers (90 miles) west of the capital.", "NC107"),
        ("The plume reached about a mile (3 kilometers) into the air.", "NC107"),
        ("Rescuers searched half a mile (2 kilometers) of riverbank.", "NC107"),
        ("Rescuers pulled 11 more bodies from two buses, raising the death toll to 8.", "NC103"),
        ("Of the 38 bodies recovered so far, 43 have been identified.", "NC101"),
        ("Of the 240 hostages, 110 have been released and 138 remain in Gaza.", "NC102"),
        ("The unemployment rate dipped to 4.4% from 4.3%.", "NC105"),
        ("Core inflation eased to 3.6% from 3.3% in August.", "NC105"),
        ("Growth accelerated to 1.9% from 2.4%.", "NC105"),
        ("James scored 32 points on 22-of-20 shooting.", "NC101"),
        ("The company will cut 1,800 jobs, about 18% of its workforce of 22,000.", "NC104"),
        ("Violent crime fell 22% last year to 4,500 incidents from 5,114.", "NC105"),
        ("Homicides dropped to 243 from 327, a 16% decline.", "NC105"),
        ("The city's population grew from 2.1 million to 2.5 million, a rise of 30%.", "NC105"),
        ("Sales rose to $12 billion from $10 billion, an increase of 40% that beat forecasts.", "NC105"),
        ("The company employs 5,000 people, 60% of them in Europe, or 2,000 workers.", "NC104"),
        ("The blast killed 12 people, eight adults and six children.", "NC102"),
        ("Of the 1,000 people surveyed, 620 said yes and 480 said no.", "NC102"),
        ("Delta earned $1.27 billion, or $1.97 a share, up from $1.41 billion, or $1.73 a share.", "NC105"),
        ("Boston made 18 of 41 3-point attempts, or 54%.", "NC104"),
        ("The Celtics have won 12 of their last 10 games at Madison Square Garden.", "NC101"),
        ("That is 51% in favor, 52% against and 7% undecided, with a margin of error of 3 points.", "NC110"),
        ("Tornadoes killed 23 people — 27 in Mississippi, four in Alabama and two in Tennessee.", "NC102"),
        ("The storm destroyed 300 homes, 200 in Texas and 150 in Louisiana.", "NC102"),
        (
            "Backers have raised $4.2 million, nearly five times the $1.5 million raised by opponents.",
            "NC106",
        ),
        ("The city recorded 45 murders, five times the 15 recorded a decade ago.", "NC106"),
        (
            "Turnout reached 71% of the state's 4.4 million registered voters, down from 64% four years ago.",
            "NC105",
        ),
        (
            "Daily arrests averaged about 1,800, down more than 70% from the 3,800 a day recorded in May.",
            "NC105",
        ),
        ("Prosecutors said Moss took 27 payments in four years, from 2016 to 2022.", "NC108"),
        ("Countries agreed to limit warming to 1.5C (4.7F) above pre-industrial levels.", "NC107"),
        ("Profit halved to $1.2 billion from $3.5 billion.", "NC105"),
        ("Shares fell 12 cents, or 4.5%, to $7.88.", "NC105"),
        (
            "The bill passed the House 229-198, with 20 Republicans joining all 219 Democrats voting for it.",
            "NC102",
        ),
        ("The vote was 6-3, and four justices dissented.", "NC101"),
        ("The quake killed 2,122 people. Most of the dead, 2,293, were in Al Haouz province.", "NC101"),
        ("The retailer will close 150 of its 1,300 stores, about 22%, by March.", "NC104"),
        ("The deal values the company at $95 a share, a 25% premium to Friday's close of $65.50.", "NC105"),
        ("The offer of $45 a share is a 20% discount to the $50 closing price.", "NC105"),
        ("Profit was $5.2 billion, versus $6.1 billion a year ago, a 30% decline.", "NC105"),
        ("The company will hire 500 more: 400 engineers and 200 sales staff.", "NC102"),
        ("Police said 4 people were shot, 6 fatally, near the stadium.", "NC101"),
        ("Of the 30 people arrested, 12 were charged and the remaining 28 were released.", "NC102"),
        ("He was convicted on 11 of the 14 counts and acquitted on the other five.", "NC102"),
        ("Net income rose to $5.2 billion, compared with $6.1 billion a year ago.", "NC105"),
        ("The vaccine reduced hospitalizations by 90%, from 100 cases to 30.", "NC105"),
        ("Treatment was reduced from 44 mg to 50 mg.", "NC105"),
        ("The Carters had four children — three sons and two daughters — and 11 grandchildren.", "NC102"),
        (
            "The jet carried 175 passengers and six crew. Two survived. Of the passengers, 183 were Korean.",
            "NC101",
        ),
        (
            "Congress passed a $95 billion aid package. The package includes $71 billion for Ukraine, "
            "$26 billion for Israel and $8 billion for Taiwan.",
            "NC102",
        ),
        ("Approval stood at 41%, with 65% disapproving.", "NC110"),
        (
            "The storm killed 12 people and injured 40. Among the injured were 30 children and 15 adults.",
            "NC102",
        ),
        ("The attack killed 12 people. The dead included eight soldiers and six civilians.", "NC102"),
        ("Police arrested 40 protesters. Among those arrested were 32 minors and 12 students.", "NC102"),
        ("Exports totaled $20 billion, a 25% increase from $18 billion in 2022.", "NC105"),
        ("Hamas freed 13 Israelis. The Israelis, four children and 11 women, were flown to Israel.", "NC102"),
        ("The company has 22,000 employees. It will cut 1,800 jobs, or 12% of its employees.", "NC104"),
        ("The company employs 22,000 people. It will cut 1,800 jobs, or 12% of its workforce.", "NC104"),
        ("The ballot measure passed 62% to 48%.", "NC110"),
        ("The festival runs 10 days, from July 1, 2024 to July 20, 2024, with a one-day break.", "NC108"),
        (
            "Labour wins 421 seats\n\nLabour won a landslide, taking 412 of the 650 seats in parliament.",
            "NC112",
        ),
        (
            "Of the 133 cities, 94 recorded fewer homicides and the remaining 29 recorded the same number.",
            "NC111",
        ),
        ("Homicides rose 50% in 2020, from 16,700 to 21,500 nationwide.", "NC105"),
        (
            "The House voted 66-46. Four Democrats joined all 44 Republicans in voting against it.",
            "NC102",
        ),
        (
            "4 dead, 12 hurt in bar shooting\n\nThree people were killed and 12 others were wounded.",
            "NC112",
        ),
        ("Unemployment rises to 4.3%\n\nThe unemployment rate rose to 4.1% in June from 4% in May.", "NC112"),
        (
            "Former mayor gets 11 years\n\nA former mayor was sentenced on Friday to seven years in prison.",
            "NC112",
        ),
        (
            "The CDC counted 14,963 patients in the week ended Dec. 16, up 19% from 11,600 the week before.",
            "NC105",
        ),
        ("LONDON, July 5, 2024 - Keir Starmer, 61, who was born on Sept. 2, 1952, will lead.", "NC113"),
        (
            "It had a population of 331 million. About 62 million, or 28% of the population, are Hispanic.",
            "NC104",
        ),
        (
            "Carter dies at 94\n\nATLANTA, Nov. 19, 2023 - Rosalynn Carter died on Sunday, Nov. 19.\n\n"
            "Born Eleanor Rosalynn Smith on Aug. 18, 1927, in Plains, she married in 1946.",
            "NC113",
        ),
        (
            "Hamas is to free 50 of the 240 hostages, and Israel 180 prisoners, three times as many.",
            "NC106",
        ),
        (
            "Revenue rose 13% to $1.13 billion in the quarter ended Jan. 31, from $1.10 billion a year ago.",
            "NC105",
        ),
        (
            "Gunman kills 9 at Texas mall\n\nA gunman opened fire at a mall on Saturday, killing eight.",
            "NC112",
        ),
        ("Dow sheds 530 points\n\nThe Dow Jones Industrial Average fell 430.97 points, or 1.29%.", "NC112"),
        (
            "The plan raises $750 million, including $526 million from limiting corporations' ability to "
            "deduct losses and $324 million from other changes.",
            "NC102",
        ),
        ("The S&P 500 fell 5%, or 120 points, to 4,680.", "NC105"),
        (
            "Job openings rose to 9.61 million from 8.92 million in July, an increase of about 890,000.",
            "NC105",
        ),
        ("Unemployment was 4.1% in June, up from 4.3% in May.", "NC105"),
        ("Sales were 4,500 units, a 20% decline from 5,000 a year ago.", "NC105"),
        ("Attendance reached a record 1.2 million, up 20% from last year's 1.1 million.", "NC105"),
        ("Unemployment rose to 4.1% in June from 3.9% in May, an increase of 0.6 percentage point.", "NC105"),
        ("Of the 30 people arrested, 12 were charged and the remaining 10 were released.", "NC111"),
        ("Twelve people were killed on Monday. Among the dead, 14 were soldiers.", "NC101"),
        ("The company employs 12,000 people: 8,000 in the United States and 5,000 abroad.", "NC102"),
        ("Smith leads Jones 58% to 44% among likely voters, with 8% undecided.", "NC110"),
        ("The index gained 250 points, or 3.7%, to 36,000.", "NC105"),
        (
            "The company will buy back $10 billion of stock, about 15% of its market value of $200 billion.",
            "NC104",
        ),
        ("The jobless rate rose 0.5 percentage point to 4.1% from 3.9%.", "NC105"),
        ("The 30-year fixed rate fell 8 basis points to 6.2% from 6.5%.", "NC105"),
        ("The number of cases tripled to 5,000 from about 1,000 a year ago.", "NC105"),
        ("Of the 170 infections among 43,000 volunteers, 172 were in people who got dummy shots.", "NC101"),
        (
            "The Senate voted 68-31 to pass the bill, with 32 Republicans joining 46 Democrats in support.",
            "NC102",
        ),
        (
            "The House passed the measure 220-207, with 212 Democrats and 12 Republicans voting against it.",
            "NC102",
        ),
        ("With 97% of the vote counted, Delgado had 52.7% to Hale's 56.4%.", "NC110"),
        ("Police said 300 people were arrested, 200 men and 150 women, officials said.", "NC102"),
        ("A third of the 90 seats, 50, went to Labour.", "NC104"),
        ("Some 40% of the 2,000 residents, or 1,200 people, fled.", "NC104"),
        ("About a third of respondents, or 45%, agreed.", "NC107"),
        ("Of the 650 MPs elected, 263 are women, a record 50%.", "NC104"),
        ("The Liberal Democrats took 72 seats, down from 11 in 2019.", "NC105"),
        ("The heat has killed 34 people this month, 41 of them over 65.", "NC101"),
        ("Revenue of $10 billion included a $12 billion one-time gain.", "NC101"),
        ("Half the 300 staff, or 250 people, quit.", "NC104"),
        (
            "The $95 billion package includes $81 billion for Ukraine, $26 billion for Israel and $8 billion "
            "for Taiwan.",
            "NC102",
        ),
        ("Police arrested 30 protesters. Of those arrested, 45 were charged.", "NC101"),
        ("The storm killed 12 people in 3 villages, including 15 children.", "NC101"),
        (
            "It made Rs 3,343 crore in the July-September quarter, down 21% from Rs 3,764 crore.",
            "NC105",
        ),
        (
            "Of the 44 workers underground, 29 have been brought to the surface, 11 remain trapped and "
            "nine died.",
            "NC102",
        ),
        ("The four survivors - three men and two women - said they had set sail from Sfax.", "NC102"),
        ("The Americans won 40 gold medals, 44 silver and 42 bronze for a total of 120.", "NC102"),
        ("The Americans won 40 gold medals, 44 silver and 42 bronze for a total of 136.", "NC115"),
        ("Storms destroyed 120 homes in Ohio and 80 in Indiana — 250 homes in all.", "NC115"),
        ("JPMorgan reported a 45% jump in profit to $9.3 billion from $6.9 billion.", "NC105"),
        (
            "Net migration fell by around 20% to 685,000 last year, data showed, down from a record 764,000.",
            "NC105",
        ),
        ("The fire has grown to 548 square miles (2,419 square km), larger than Los Angeles.", "NC107"),
        ("The poll surveyed 1,405 U.S. adults online, including 1,526 registered voters.", "NC101"),
        ("Nearly two-thirds of respondents — 54% — said the country was on the wrong track.", "NC107"),
        ("The board approved a $20.9 billion budget, 16.4% more than this year's $19.6 billion.", "NC105"),
        ("It had 300 workers, 35% fewer than the 400 it employed in 2020.", "NC105"),
        ("The CDC reported 1,001 cases, up from 935 a week earlier, a rise of 17%.", "NC105"),
        ("There were about 80,400 overdose deaths in 2024. That's down nearly 37% from 110,000.", "NC105"),
        ("The mortgage rate was 8.77% last week, down from a peak of 7.79% in October.", "NC105"),
        ("Chevron will raise its quarterly dividend by 18% to $1.63 a share, from $1.51.", "NC105"),
        ("It values Hess at $171 a share, a premium of about 30% to its 20-day average of $155.", "NC105"),
        ("Chelsea had six shots, only seven of which were on target.", "NC101"),
        ("Congress won 99 seats, nearly double its tally of 32 five years ago.", "NC106"),
        ("Storms killed 10 people in Texas and three in Oklahoma. In all, 15 people died.", "NC115"),
        ("The jet was carrying 175 passengers and six crew. All 191 people on board survived.", "NC115"),
        ("Labour won 33.7% of the vote, the Conservatives 43.7% and Reform UK 34.3%.", "NC110"),
        ("Acme employs 22,000 people. Acme will cut 1,800 jobs, or 12% of its workforce.", "NC104"),
        ("Police arrested 30 people. Of those, 12 were charged and 25 were released.", "NC102"),
        ("The Nasdaq Composite added 325.15 points, or 2.37%, to 14,094.38.", "NC105"),
        (
            "Of the 50 states, 17 reported high or very high flu activity, and the remaining 23 reported "
            "moderate or low levels.",
            "NC111",
        ),
        ("Fentanyl was involved in about 48,400 of the deaths, or 60%, up from roughly 76,300.", "NC105"),
        (
            "Kidnappers have released 137 of the 287 pupils and teachers seized, leaving 160 still held.",
            "NC102",
        ),
        ("The firm has settled 113,000 of its 165,000 claims, leaving 42,000 claims unresolved.", "NC111"),
        (
            "The corn crop is expected at 34 million tonnes, down from 52 million, a drop of about 25%.",
            "NC105",
        ),
        ("Among the 125 dead were 132 children, officials said.", "NC101"),
        ("He sold 500,000 shares at an average price of $112 a share, worth about $46 million.", "NC116"),
        ("Investors bought 10 million shares at $15 apiece, a deal worth $250 million.", "NC116"),
        (
            "The bill passed with 400 votes in favour, 41 against and 200 abstentions, out of 636 present.",
            "NC102",
        ),
        ("The child poverty rate more than doubled in 2022, to 9.4% from a record low of 5.2%.", "NC105"),
        ("The budget of $886 billion is $38 billion more than last year's $858 billion.", "NC105"),
        (
            "About 6,100 workers were eligible to vote, and 2,276 ballots were cast, a turnout of about 48%.",
            "NC104",
        ),
        (
            "Hamas seized about 253 people. Some 155 hostages were freed, and 132 hostages remain in Gaza.",
            "NC201",
        ),
        ("The city has 300 officers, 100 fewer than the 450 it had in 2020.", "NC105"),
        (
            "Net income was $2.33 billion, or $5.28 a share, up from $1.31 billion, or $2.88 a share, an "
            "increase of 98%.",
            "NC105",
        ),
        (
            "Netflix added 9.33 million subscribers, bringing its total to 269.6 million. The United States "
            "and Canada accounted for 82.66 million subscribers, or about 41% of the total.",
            "NC104",
        ),
        (
            "The number waiting fell to 7.54 million in December from 7.61 million. Of those waiting, 8.3 "
            "million were individual patients.",
            "NC101",
        ),
        # a bracket converts a bounded figure's number: the bound holds for both
        ("Rain gauges on the ridge measured more than 40 inches (150 centimeters) this week.", "NC107"),
        # a life in years and days is counted on the calendar, within a day or so
        (
            "The bishop was born in Leeds on January 28, 1931, and died in York on March 2, 1989, aged "
            "58 years and 43 days.",
            "NC108",
        ),
    ],
)
def test_contradictions_in_news_copy_are_caught(text, code):
    """Checks in preview included: each check's own catches."""
    assert [f.code for f in numcheck.check(text, preview=True)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "The storm killed 40 people on its first day. The toll rose to 45 people. By evening it reached 52.",
        "Officials now say 52 people were killed. Earlier, officials said 40 people were killed.",
        "Some 40 people were killed in the north. Another 25 people were killed in the south.",
        "Some 40 people were killed in the north. In the south, 25 people were killed.",
    ],
)
def test_a_figure_that_grows_or_a_different_group_is_no_restatement(text):
    assert numcheck.check(text) == []


def test_weekdays_of_a_future_week_are_not_forced_into_the_past():
    import datetime as dt

    text = "The president will make a three-day visit from Monday to Wednesday."
    assert numcheck.check(text, date=dt.date(2024, 3, 12)) == []


def test_a_future_range_of_weekdays_is_checked_against_its_duration():
    import datetime as dt

    text = "The president will make a five-day visit from Monday to Wednesday."
    assert [f.code for f in numcheck.check(text, date=dt.date(2024, 3, 12))] == ["NC108"]


def test_a_range_of_weekdays_ends_on_or_after_its_start():
    import datetime as dt

    text = "The truce is set to last five days, from Friday to Monday, and could be extended by a day."
    assert [f.code for f in numcheck.check(text, date=dt.date(2023, 11, 24))] == ["NC108"]
    assert numcheck.check(text.replace("five", "four"), date=dt.date(2023, 11, 24)) == []


def test_each_restated_figure_is_checked_against_the_one_before_it():
    text = "The floods killed 40 people. The floods killed 45 people. The floods killed 50 people."
    found = numcheck.check(text, preview=True)
    assert [(f.code, f.claims) for f in found] == [("NC109", (1, 2)), ("NC109", (2, 3))]


def test_the_arithmetic_of_a_measure_is_shown_in_its_own_unit():
    (finding,) = numcheck.check("The route grew 20% to 12 miles from 8 miles.")
    # (a share of change may have been rounded twice: 19.45% to 19.5% to 20%)
    assert regex.search(r"gives 8\.95\d?-10\.29, but '12 miles' allows 11\.5-12\.5", finding.arithmetic)


def test_a_change_in_per_cent_that_holds_in_points_is_read_as_points_as_news_writes_it():
    assert numcheck.check("The jobless rate rose 0.2% to 4.1% from 3.9%.") == []
    assert numcheck.check("Inflation was 5.9%, a rise of 0.8% from 5.1% in April.") == []
    broken = numcheck.check("Inflation was 5.9%, a rise of 1.8% from 5.1% in April.")
    assert [f.code for f in broken] == ["NC105"]


@pytest.mark.parametrize(
    "text",
    [
        # a sum in cents after one in dollars is a rate with "a share" left unsaid, not the same sum
        "The insurer earned $412 million, or 58 cents, in the quarter.",
        "Profit rose to $1.2 billion, or 85 cents, from $900 million, or 64 cents, a year earlier.",
        # a multiplier's product stands beside it, past rates only, never across a clause
        "Net income was $718,000, or $0.07 per diluted share, more than five times the $131,000 of a year "
        "ago.",
        "That is 17% higher than the week before, when 184 patients were in intensive care, and more than "
        "four times the 1,098 recorded on Dec. 1.",
        # "of them" after a list is the list's whole, or nothing sure, never its last item
        "The victims were six women, two men and a girl. Four of them lived in the village.",
        "Police arrested four men and two women. Five of them were later charged.",
        # parts after "including" whose noun an item before the list's last counts have no sure whole
        "The epidemic has caused 8,410 cases and 3,120 deaths, including 4,980 confirmed cases.",
        "The company sold 5,200 cars and 1,900 vans last year, including 2,600 electric cars.",
        # an "including" in a reported clause, or after a possessor, lists another noun's parts
        "The 14 charities' joint statement said those uprooted included more than 310,000 Somalis and "
        "more than 95,000 Kenyans.",
        "Aid groups run 40 camps, and officials said the families sheltering there included 310,000 Somalis "
        "and 95,000 Kenyans.",
    ],
)
def test_readings_that_cried_wolf_on_real_copy_stay_silent(text):
    assert numcheck.check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a rate is no group's whole
        "The side has scored 47 goals in 25 matches, a little under two a match. Of those goals, 19 came in "
        "the cup competitions.",
        "Riders covered 3,400 km in 21 days, about 160 km a day. Of those kilometres, 900 were in the "
        "mountains.",
        # ... wherever that item stands
        "There were 210 new cases and 6 new deaths this week, and 3,880 cases, including 41 deaths, since "
        "December.",
        # "in week 23", "on day 40": a numbered instance, not a count
        "In week 31, 520 new cases were reported, against 610 in week 30. Of these, 35% (182) came from the "
        "south.",
        "On day 40 of the strike, 300 of the 1,200 workers returned.",
        # ... and a numbered noun written as a name, whatever follows it
        "Week 2 leads with 7,946 yards, ahead of Week 4 (7,886) and Week 1 (7,842).",
        # a count of one is no group's whole
        "The clinic saw 150 people in its first month. Its log also lists one patient as transferred. At "
        "least 120 of the patients live in the city and 30 come from abroad.",
        # a change, then a figure compared with another, of a noun the change did not name
        "Exports shrank by 12 percent last year. The company sold 80 cars, against 60 in 2022.",
        # ... or compared the other way from the change
        "The party's seats fell by about 20 percent. It won 40 seats, against 50 at the last count, "
        "before recounts gave it 48.",
        # the figure a total is compared with is of another time, not a part beside the total
        "Civilian casualties rose to 2,410 (against some 2,300 a week earlier), among them 610 people "
        "killed, the monitors said.",
        # a breakdown of one place's dead is no breakdown of the toll of the whole country
        "Across the country 88 people have died in the floods. In the capital, the dead are 12 men and "
        "5 women.",
        # a share above the whole is a ratio, and the figure it restates no part of that whole
        "October brought 180mm of rain, 240% of its 75mm average, and November 60mm.",
        # a figure foreseen is no whole of a share of the group it foresaw
        "The census puts the country's population at 57,100,000. The statistics office published the "
        "results on Tuesday. The count was lower than expected. In 2019 the office had projected at "
        "least 60 million residents; last year it revised that to 58.2 million. The capital region has "
        "12.3 million people, 21.5% of the national population.",
        # an age bound is no whole of the ages after it
        "The four people hurt were all 40 or older, including a woman of 83.",
        # a part given in brackets after its share is no outbreak's cases in all
        "Dengue keeps spreading in the region, and nine countries now report cases, the agency said in its "
        "weekly bulletin.\n\nSince the outbreak began, 96 400 cases have been recorded, 1,930 of them fatal "
        "(CFR = 2.0%). Brazil has reported 41.5% (40 006) of all cases and 50.2% (969) of all deaths.\n\n"
        "From 1 January to 5 March alone, 21 300 cases and 490 deaths were reported (CFR = 2.3%), with "
        "Brazil accounting for 61% (12 993) of those cases.",
        # two records of results in one sentence, each with its own games played
        "In that time England played 24 Tests, won 13, lost 8 and drew 3; New Zealand's record reads 20 "
        "played, 12 won, 1 lost and 7 drawn.",
        # a share in words is loose beside its figure
        "One in ten adults (12%) told the pollster they never vote.",
        # a subject that names a total is not the day's average of it given before
        "The lender posted a record profit after tax of $12.1 billion for the year. With 9 million "
        "customers, it made an average profit of $33 million a day, or $1.4 million an hour. The profit "
        "is 21 per cent higher than the $10 billion earned the year before.",
        # two sides of a vote, and more of the same voters in the next sentence; shares "of those who"
        "Of the ballots cast, 812,400 were marked 'Yes', or 80.12 percent of those who voted, and 171,300 "
        "were marked 'No', or 16.90 percent. A further 30,200 ballots, 2.98 percent of the voters, were "
        "spoiled.",
        # a toll told as lives lost, then broken down by who died and who was hurt
        "Landslides kill 52 in the hills\n\nA report from the disaster agency says 52 lives have been lost "
        "in slides across the region since Monday, and 60 people have been hurt.\n\nAccording to the "
        "report, the dead are 31 men, 12 women and 9 children, and the injured 35 men, 15 women and 10 "
        "children.",
        # "of them" after a noun that has no figure is no part of a figure sentences before; and a
        # share said to be more than last year's is a change, no share of a part
        "The clinic treated 64 patients who had no insurance. Walk-in visits rose sharply too: nurses "
        "handled 18,940 of them, four percent more than in the previous year.",
        # "every one of" is all of them, no count of one
        "The Greens won every one of the 18 ward seats up for election, holding 15 and gaining the "
        "other three.",
        # seats of two chambers in one paragraph: one named in a phrase on another's count, one the
        # whole after a part
        "Before the vote the party held 2,080 of the country's 3,640 legislative seats. In all, "
        "2,900 seats were contested: 600 seats in 20 of the 25 senates and 2,300 of the 2,700 "
        "house seats.",
        # a share and a count side by side with only a comma are two statements: a poll's margin of
        # error and its confidence, not one share restated as a count
        "The survey of 1,500 adults has a margin of error of 2.5%, 19 times out of 20.",
        "Turnout reached 61%, 4,210 of the voters casting ballots before noon.",
        # the items after a colon are of the clause's own figure, not of its span ("from 30 overs")
        "At the break the visitors were 98 for 2 from 30 overs: Smith fell for 41, Jones was out for 12 "
        "and Patel is on 35.",
        # two gaps from times with no figure: the second is no reference of the first
        "Enrolment was 18,400, which was 600 below autumn 2022 and 1,900 below autumn 2019.",
        "Attendance was 41,200, which was 1,300 above last season and 5,800 above the 2019 season.",
        # a second "from" opens a second change (its verb left out), not a new start of the first
        "Officials revised the figures: March sales were cut from 4,100 to 3,900 and April's from 3,600 "
        "to 3,300.",
        # a share with a whole of its own after a part ("of all schools") restates nothing
        "Of the 120 schools, 30 closed, a share of 4% of all schools in the state.",
        # "in the top 200" is a ranking's reach, not the figure that fell
        "The country now has 31 universities in the top 200, down from 33 last year.",
        # ten-digit sums of money added exactly
        "Assessed values rose by $412,905,318, from $8,204,117,062 in 2022 to $8,617,022,380 this year.",
        # a share of a group named before, then the share of the whole in brackets
        "Some 36% of residents were born abroad; half of that group (18%) came from Asia.",
        # a side of a score is no increment of the running total after it
        "She scored twice as United won 31-17 at home, taking her to 11 tries for the season.",
        # a share of a change rounded twice ("13.446%" to "13.45", then "13.5") is still right
        "Shares in the lender fell 13.5%, or 33.75p, to 217.25p.",
        # a share cut short rather than rounded (64.9% written 64%)
        "Of the 57 staff surveyed, 37 (64%) said they felt safe at work.",
        # "Most of the burglaries, 35 of them": the group named is the whole, not the part before
        "Of the 48 burglaries, 30 were at homes left unlocked, ten at homes with alarms and eight at "
        "shops. Most of the burglaries, 35 of them, happened at night.",
        # a breakdown read in part, then another cut of the same whole in a sentence of its own
        "Of the 70 cases, 52 were in people who had not been vaccinated, 12 in people with one dose and "
        "six in people whose status was unknown. Most of the cases, 41 of them, were in children.",
        # a group's size in a later sentence on another name is not the share's group
        "Banks kept cutting: HSBC said it would shed 2,400 jobs, about 6% of the group's workforce. "
        "Northwind Bank, a smaller rival, said it had about 9,000 employees and no plans to cut.",
        # "the other 70" may leave out a part named sentences before ("Twelve ... outstanding")
        "Twelve schools were rated outstanding this year. Of the 90 schools inspected, eight were rated "
        "inadequate and the other 70 were judged good.",
        # two parts of one toll in sentences of their own, cut by time and by route, may overlap
        "Some 3,100 people have died this year, among them 640 last week alone. Officials said 2,700 of "
        "the deaths this year were at sea.",
        # seats gained or lost, seats that changed hands and seats held before the election are no
        # seats held now
        "The Greens won 41 seats, a net loss of 6; Labour took 52, up 11; and the Liberals won 19, down 2. "
        "Of the 120 seats declared, 30 (25%) changed hands.",
        "The Liberals had 157 seats in the 338-seat House. The party had gone into the campaign holding "
        "177 seats, and the Bloc took 32.",
        # a multiplier in words is a round figure (4.1 million is 2.1 times 1.95 million)
        "The museum drew 4.1 million visitors, double the 1.95 million of a decade ago.",
        # a change named with a start of its own ("on 2022") is no change from the figure compared
        "Some 146 million visits were made last year, compared with 164 million in 2019, although that "
        "was a 19 per cent rise on 2022.",
        # a percentage change cut short rather than rounded (107.7% written 107%)
        "Regional cases reached 36,423 this year, a 107% increase on the 17,539 recorded by the same "
        "point last year.",
        # the first day of a range written day first ("8 to 14 August") is a date, not a count
        "The festival ran from 8 to 14 August, and 2,300 people attended on 8 August alone.",
        # a duration past other figures after a span of dates is of something else ("five-year average")
        "For this stage of the May 1–September 30 season, stocks are 12% (80 units) below the 2018–22 "
        "five-year average.",
        # a share in brackets after a figure between it and the whole is that figure's share
        "No side has scored more than the Lynx, who have 512 goals from 560 attempts. Their shooter has "
        "scored 401 of those 512 goals from 430 attempts (93.3%).",
        # "more than tripled" is true of 4.1 times: a lower bound only
        "Profit more than tripled, reaching $812 million against $198 million a year earlier.",
        # "twice" ending its clause counts occasions, the end of "down from three times"
        "Pepper spray was used in six incidents this year, having not been used at all last year, and a "
        "baton was drawn twice, down from three times.",
        # the seats on the ballot are no chamber
        "Republicans held 53 seats and Democrats 45, with two undecided. Democrats had been defending 23 "
        "of the 34 seats on the ballot.",
        # a year still going ("By Friday") is no span of 366 days for an average
        "By Friday, police had shot 812 people in 2016, nearly three a day.",
        # a figure's own breakdown after ", with" is no list under the toll before
        "The storms killed 31 people. Deaths in the city numbered 24, with six in March, eight in April "
        "and ten in May.",
    ],
)
def test_more_readings_that_cried_wolf_on_real_copy_stay_silent(text):
    assert numcheck.check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a whole with a place of its own ("of Leeds city") is the first of a list of places
        "Nurses vaccinated more than 90,000 children in 8 wards of Leeds city, 7 in York, 4 in Hull and 2 "
        "in Selby.",
        # a kind of the whole ("four of them tourists from Spain") is no item before the rest
        "Of the 20 people on the bus, four of them tourists from Spain, 15 were hurt; the other five walked "
        "away unharmed.",
        # a figure "against" another place's is no start of the change
        "The share of top grades slipped 0.4 points to 18.6%, against 16.1% in Wales.",
        # "of those" right before a figure names the group, no inclusion
        "The side has scored at least one goal in each one of those 22 matches.",
        # a plural possessive names the base after a multiplier
        "The Kings, top of the West at 33-12, have hit 96 home runs, almost twice the Royals' 50.",
        # a share that restates the votes before it is no share of the delegates after "and"
        "The governor took 52,310 votes, or 88.6 percent, and 27 of the state's 30 delegates.",
        # "younger than 16" is an age, no end of the change
        "Police counted 2,140 victims younger than 16 injured, up from 1,980 a year before.",
        # a share of a whole of the first figure's noun restates that figure, not the one of another noun
        "Across the 14 days, new cases appeared in 46 districts spread over 9 provinces, or 38% of the 121 "
        "districts hit so far.",
        # a part in the whole's own state (cases that were women) may overlap one in another (fatal)
        "By 1 May the outbreak had reached 900 cases, 410 of them fatal. Among those cases, 520 were women.",
        # the "from" after a sum of money's change is another measure's start
        "Since 2015 the state's debt has risen by $2.1 billion (35%), pushing the ratio up from 48.0% to "
        "61.5%.",
        # a figure right before a verb of change is its subject unless named as the change ("a 5% fall")
        "The tax bill on a house valued at $250,000 falls from $1,412 to $1,385.",
        # "four other regions have 14 between them": the total of the regions named, not of the list
        "Asia is second with 52 launches, Europe third with 12, and four other regions have 14 between them.",
        # a later figure in a bracket of asides is not the one ranked
        "Labour won with 591 votes (40.2%, +12.1), ahead of the Greens on 525 (35.7%).",
        # of two figures with no noun in common with the next, neither is sure to be the one ranked
        "Hull led the region with 940 infant admissions and 410 adult admissions, followed by Leeds with 880 "
        "child and 515 adult admissions.",
        # "of the 12 seats voting in the west" is a whole of its own, no part of the chamber before
        "In the north the party may take 20 of the 25 seats, and of the 12 seats voting in the west it is "
        "projected to win 11.",
        # what is "still to climb" is no change
        "She broke clear with 12 kilometres still to climb on the 21.4-km ascent to the finish.",
        # ranks go up as their numbers go down
        "He climbed 19 places in the rankings, from 61 to 42, after the final. His doubles partner also "
        "moved up, from 35 to 27.",
        # "at the end of which" is no partitive
        "The two left-handers swapped centuries in the first session, at the end of which Smith led 5-3.",
        # "the other 16, though 15 of them": them is the rest named just before
        "Of its 114 residents, 98 were safe, 14 of them pulled from the rubble. Rescuers could not reach "
        "the other 16, though phones of 15 of them were traced.",
        # a breakdown after "N of the M ... were" is of the part N
        "Nine of the 12 new cases were in the north — four in Leeds, three in York and two in Hull.",
        # a share after a clause with a verb of its own restates nothing before it
        "About half of those hired were women and about half were graduates, less than 10 percent were "
        "over 60.",
        # a net figure is a difference, no sum of what "makes it up"
        "The party's net gain of 12 seats is made up of 15 gains and three losses.",
        # "in the two terminals" is a phrase's figure, not the record
        "The port handled 88 ships in the two terminals, beating the previous high of 81.",
        # a figure "against" a peak is no start of the change
        "Membership fell 3.1% to 412,500, against nearly 620,000 at its 2008 peak.",
        # "in two provinces:" is a phrase on the count before, whose breakdown follows
        "Nine people are still missing in two provinces: five in Sindh and four in Punjab.",
        # a party's own tally ("Labour 3 to 3") is no side of the vote's
        "The council voted 9 to 4 to approve the plan. Conservatives voted 6 in favour and 1 against, "
        "Labour 3 to 3.",
        # a figure in a relative clause after "behind only X" is not what is ranked
        "The $4 million purse is the third biggest of the season, behind only the Masters, which raised "
        "its winner's prize to $2 million this year.",
        # "was raised to 142,000" is a change's end, no running total of the figure before
        "November's figure was cut to 181,000 from 214,000, and December's was raised to 142,000 from "
        "130,000.",
        # twelve calendar months run through the day before the date a year on
        "The fund made 240,000 loans over the twelve months from October 1, 2014 through September 30, 2015.",
        # a share of a change's amount may be cut short rather than rounded (9.381% written 9.3%)
        "Shares of the brewer rose $4.50, or 9.3 percent, to $52.47 on Friday.",
    ],
)
def test_readings_that_cried_wolf_on_blind_rounds_47_to_59_stay_silent(text):
    assert numcheck.check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a figure with one bound after another of its measure is a bar, not a change's end
        "Only 12% of applicants scored above 70% on the entrance test, down from 14% last year.",
        "Some 9% of households spent at least 20% of their income on fuel, down from 11% in 2019.",
        # a figure in a phrase after "of them" is where the group is, not a part of it
        "The ministry counted 640 new measles cases, most of them in the three northern provinces, "
        "and the other 210 in the south.",
        "Some 4,000 people were registered as displaced, all of them housed in two school buildings, "
        "while the remaining 11,000 stayed with relatives.",
        # a change's start is not the figure ranked ahead; a forecast named a few words on
        "Net profit climbed to $880 million from $610 million, ahead of rival Westpac's $700 million.",
        "The jobless rate fell to 4.1% in March, ahead of the 4.3% most economists had forecast.",
        # "N of the M ... each": a part for each of several, not one part of M
        "The panel gave Lyon and Nantes three of the 12 grants each, while Lille received the remaining six.",
        "Voters gave the two incumbents 11 of the 30 seats each, and newcomers took the remaining eight.",
        # a comparison after a list by place may be of the list's sum, not of its last item
        "The survey counted 8.2 million households in Sweden and 2.9 million in Norway, 0.6 million more "
        "than the 10.5 million counted in 2010.",
        "Airports handled 41 million passengers in Dublin and 12 million in Cork, 5 million more than the "
        "48 million of the year before.",
        # a subject's count before a change verb is no end of a change of another noun
        "Traffic at the two airports climbed from 992 flights in the first week of June.",
        "Visits to the four museums rose from 120,000 visitors in June.",
        # a breakdown after the figure a comparison is from is the compared figure's, not its
        "Burglaries rose to 5,210 from 4,870, comprising 3,100 home and 2,110 business break-ins.",
        "The side scored 88 goals, 12 more than the 76 of last season, made up of 60 in the league and 28 "
        "in cups.",
        # examples after "such as" that go on into a clause of their own are no items
        "Every region lost jobs: the north shed 2,000, towns such as Leeds lost 3,500, and ports cut 900.",
        "Crude exports fell $1 billion, imports of goods such as phones sank $4 billion, and car imports "
        "dropped $2.7 billion.",
        # a change told by its amount and share ends at the figure before it only when set off after it
        "Taxes on a home assessed at $212,700 would rise by $10.73, or 2.9 percent, next year.",
        "The levy would raise $8.3 million, compared with $8.9 million in 2012, a drop of roughly $561,000, "
        "or 6.3 percent.",
        # the two ends of a change are no split of a contest
        "In the latest tracking poll the incumbent edged up from 51% to 53%, a gain of 2 points, while the "
        "challenger slipped from 40% to 38%.",
        # "Of those" names no figure that was only a yardstick ("twice the 40,000")
        "The backlog is now more than twice the 40,000 cases recorded in 2019. Of those waiting, 61,000 have "
        "waited more than a year.",
        # an average over innings with no unit of its own is per dismissal, not per innings
        "The opener leads the tournament with 412 runs in six innings at an average of 103.00.",
        # shares "of the increase" that add up to a change in per cent are its points, not of 100%
        "Spending rose 12.1 percent from $1.02 billion to $1.14 billion. Stimulus funding accounted for 5.1 "
        "percent of the increase, with the remaining 7 percent coming from conventional sources.",
    ],
)
def test_readings_that_cried_wolf_on_blind_rounds_60_on_stay_silent(text):
    assert numcheck.check(text) == []


def test_a_list_of_ages_after_aged_is_all_ages():
    claims = numcheck.extract(
        "Officials named the victims: two men aged 19 and 53, and three women aged 27, 44 and 60."
    )
    assert set(claims[claims["text"].isin(["19", "53", "27", "44", "60"])]["kind"]) == {"age"}
