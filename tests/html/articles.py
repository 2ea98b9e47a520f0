# -*- coding: utf-8 -*-
"""Article texts for the HTML extraction test set (tests/html/).

Wire-style reports of real public events, written for this test set.  No
quotation is attributed to a real person.  Each paragraph is a string;
("h2", text) is a subheading, ("li", text) a list item, ("quote", text) a
block quotation of a published document.  All of them are body text.
"""

ARTICLES = {}


def art(key, title, date, author, site, paras, lang="en"):
    ARTICLES[key] = dict(key=key, title=title, date=date, author=author,
                         site=site, paras=paras, lang=lang)


art("choe-russia", "North Korean foreign minister to visit Russia and Belarus",
    "2025-10-26", "Min-ji Park", "asiawire.example", [
    "North Korea's Foreign Minister Choe Son-hui will visit Russia and Belarus at the invitation of her counterparts in Moscow and Minsk, the state news agency KCNA reported on Sunday.",
    "The announcement came three days before U.S. President Donald Trump was due to arrive in South Korea for the Asia-Pacific Economic Cooperation summit in Gyeongju, and it gave no dates for the trip.",
    "Choe travelled to Moscow in November last year, when she met Foreign Minister Sergei Lavrov and President Vladimir Putin. Pyongyang and Moscow signed a mutual defence treaty in June 2024.",
    "Analysts in Seoul said the visit suggested that North Korea was not preparing for a meeting between its leader Kim Jong Un and Trump during the American president's stay in the region.",
    "Trump has said several times that he would be willing to meet Kim, with whom he held three meetings during his first term, including a brief encounter at the border village of Panmunjom in 2019.",
])

art("beijing-parade", "China stages military parade to mark 80 years since end of World War Two",
    "2025-09-03", "Li Wei", "eastasiadaily.example", [
    "China held a large military parade in Beijing on Wednesday to commemorate the 80th anniversary of the end of the Second World War, displaying new missiles, drones and other weapons in Tiananmen Square.",
    "President Xi Jinping reviewed the troops and was joined on the rostrum by Russian President Vladimir Putin and North Korean leader Kim Jong Un, the first time the three leaders had appeared together in public.",
    "More than two dozen heads of state and government attended the ceremony, most of them from Asia, Africa and Latin America. Most Western leaders stayed away.",
    "The parade featured units from all branches of the People's Liberation Army, and state media said many of the weapons on show were being displayed for the first time.",
    "Kim travelled to Beijing by train, accompanied by his daughter, and held talks with Xi after the parade. It was his first visit to China since 2019.",
])

art("nato-hague", "NATO allies agree to raise defence spending target to 5% of GDP",
    "2025-06-25", "Pieter de Vries", "europeherald.example", [
    "NATO leaders meeting in The Hague agreed on Wednesday to raise the alliance's defence spending target to 5% of gross domestic product by 2035, a large increase from the 2% goal set more than a decade ago.",
    "Under the agreement, allies will spend at least 3.5% of GDP on core defence needs such as troops and weapons, and up to 1.5% on wider security-related spending, including infrastructure and cyber defence.",
    "Spain said it did not consider itself bound to reach the full target and argued that it could meet its capability commitments while spending less, a position that drew criticism from the United States.",
    "The summit was shorter than usual and its final declaration ran to only five paragraphs. It reaffirmed the allies' commitment to collective defence under Article 5 of the Washington Treaty.",
    "Allies also said they would review the trajectory of spending in 2029, in light of the strategic environment and updated capability targets.",
])

art("g7-kananaskis", "G7 leaders meet in Canadian Rockies as Middle East conflict dominates",
    "2025-06-17", "Claire Tremblay", "northernpost.example", [
    "Leaders of the Group of Seven industrialised nations met in Kananaskis, in the Canadian Rockies, this week for a summit that was overshadowed by the war between Israel and Iran.",
    "U.S. President Donald Trump left the summit a day early to return to Washington, and the White House said he needed to deal with the situation in the Middle East.",
    "The leaders issued a joint statement that said Israel had a right to defend itself and that Iran could never have a nuclear weapon, and they called for a de-escalation of hostilities in the region.",
    "Canada, which holds the rotating G7 presidency this year, chose not to seek a comprehensive joint communique and instead released several shorter statements on critical minerals, artificial intelligence and wildfires.",
    "Ukrainian President Volodymyr Zelenskiy attended the summit as a guest, and Canada announced new military aid and sanctions against Russia during his visit.",
])

art("india-pakistan", "India and Pakistan agree to ceasefire after days of cross-border strikes",
    "2025-05-10", "Arjun Mehta", "southasiamonitor.example", [
    "India and Pakistan agreed on Saturday to a ceasefire on land, in the air and at sea, after four days of missile, drone and artillery attacks that were the worst fighting between the nuclear-armed neighbours in decades.",
    "The agreement was announced first by U.S. President Donald Trump, who said it followed talks mediated by the United States, and was then confirmed by officials in New Delhi and Islamabad.",
    "The fighting began on May 7, when India struck what it described as militant infrastructure in Pakistan and Pakistani Kashmir. India said the strikes were a response to an attack on tourists in Pahalgam in April in which 26 people were killed.",
    "Pakistan denied any involvement in the Pahalgam attack and said the Indian strikes had killed civilians. Both sides later accused each other of violating the ceasefire within hours of its announcement.",
    "The military operations officers of the two countries were scheduled to speak again in the following days, officials said.",
])

art("pope-leo", "American cardinal Robert Prevost elected pope, takes name Leo XIV",
    "2025-05-08", "Giulia Romano", "vaticanreport.example", [
    "Cardinal Robert Francis Prevost was elected head of the Roman Catholic Church on Thursday, becoming the first pope from the United States and taking the name Leo XIV.",
    "White smoke rose from the chimney of the Sistine Chapel on the second day of the conclave, and the new pope appeared on the balcony of St Peter's Basilica to greet tens of thousands of people in the square below.",
    "Prevost, 69, was born in Chicago and spent many years as a missionary and bishop in Peru, of which he is also a citizen. He had led the Vatican office that oversees the appointment of bishops since 2023.",
    "He succeeds Pope Francis, who died on April 21 at the age of 88 after a papacy of 12 years.",
    "In his first address, delivered in Italian and Spanish, the new pope spoke of peace and of a church that builds bridges through dialogue.",
])

art("merz-chancellor", "Merz elected German chancellor after failing in first vote",
    "2025-05-06", "Katrin Vogel", "berlinbulletin.example", [
    "Friedrich Merz was elected chancellor of Germany by the Bundestag on Tuesday in a second round of voting, hours after he failed to win a majority in the first round in an unprecedented setback for an incoming chancellor.",
    "Merz, the leader of the conservative Christian Democrats, won 325 votes in the second ballot, more than the 316 he needed. In the first round he received 310 votes, six short of a majority.",
    "No candidate for chancellor had failed in a first round since the founding of the Federal Republic in 1949. The vote was secret, and it was not clear which lawmakers of the governing coalition had withheld their support.",
    "His coalition of the Christian Democrats, their Bavarian sister party and the Social Democrats holds 328 of the 630 seats in the Bundestag.",
    "Merz was sworn in later on Tuesday and was expected to travel to Paris and Warsaw on Wednesday for his first foreign visits as chancellor.",
    "He is Germany's tenth chancellor.",
])

art("canada-election", "Carney's Liberals win Canadian election",
    "2025-04-29", "Sarah MacLeod", "northernpost.example", [
    "Prime Minister Mark Carney's Liberal Party won Canada's general election on Monday, extending its decade in power after a campaign dominated by tariffs and threats from the United States.",
    "The Liberals won the most seats in the House of Commons but fell short of a majority, according to the final results, and will need the support of other parties to pass legislation.",
    "Conservative leader Pierre Poilievre, whose party had led opinion polls by more than 20 points at the start of the year, lost his own seat in Ottawa.",
    "Carney, a former governor of the Bank of Canada and of the Bank of England, became prime minister in March after Justin Trudeau resigned. He had never held elected office before the election.",
])

art("myanmar-quake", "Powerful earthquake strikes central Myanmar, shakes Bangkok",
    "2025-03-28", "Thant Zin", "asiawire.example", [
    "A magnitude 7.7 earthquake struck central Myanmar on Friday, killing more than a thousand people, destroying buildings and bridges and causing damage hundreds of kilometres away in the Thai capital, Bangkok.",
    "The epicentre of the shallow quake was near the city of Mandalay, Myanmar's second-largest city, according to the U.S. Geological Survey, and it was followed by a strong aftershock minutes later.",
    "Myanmar's military government declared a state of emergency in several regions and made a rare appeal for international help.",
    "In Bangkok, a high-rise building under construction collapsed near the Chatuchak market, trapping dozens of workers. Thai authorities declared the capital an emergency zone.",
    "Rescue teams from China, India and Russia arrived in Myanmar over the weekend, and the United Nations said hospitals in the affected areas were overwhelmed.",
])

art("gaza-hostages", "Hamas frees last living hostages as Gaza ceasefire holds",
    "2025-10-13", "Daniel Cohen", "levantdispatch.example", [
    "Hamas released the last 20 living Israeli hostages on Monday under a ceasefire agreement that halted two years of war in Gaza, and Israel began freeing nearly 2,000 Palestinian prisoners and detainees in return.",
    "The hostages were handed over to the International Committee of the Red Cross in two groups and taken to Israel, where they were reunited with their families.",
    "The ceasefire took effect on Friday after Israel and Hamas agreed to the first phase of a plan proposed by U.S. President Donald Trump, who visited Israel on Monday and addressed the Knesset.",
    "Trump then travelled to Sharm el-Sheikh in Egypt, where he and the leaders of Egypt, Qatar and Turkey signed a document in support of the agreement at a summit attended by more than 20 world leaders.",
    ("h2", "What comes next"),
    "The next phases of the plan, including the disarmament of Hamas, the future governance of Gaza and the deployment of an international stabilisation force, remain to be negotiated.",
    "Aid agencies said the number of trucks entering Gaza had increased since the ceasefire began, but they called for all crossings to be opened.",
])

art("thai-cambodia", "Thailand and Cambodia agree to ceasefire after border fighting",
    "2025-07-28", "Nattapong Srisuk", "asiawire.example", [
    "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire after five days of fighting along their disputed border, at talks hosted by Malaysia in Putrajaya.",
    "Malaysian Prime Minister Anwar Ibrahim, whose country chairs the Association of Southeast Asian Nations this year, announced the agreement after meeting Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet.",
    "The clashes, which began on July 24, killed more than 30 people and displaced more than 260,000 on both sides of the border, according to officials in the two countries.",
    "The United States and China also sent representatives to the talks. Military commanders of the two countries were due to meet the next day to discuss the terms of the truce.",
    "The ceasefire took effect at midnight.",
])

art("australia-election", "Albanese's Labor wins second term in Australian election",
    "2025-05-03", "Ben Harris", "southernstar.example", [
    "Australian Prime Minister Anthony Albanese's centre-left Labor Party won a second three-year term in Saturday's general election, increasing its majority in the House of Representatives.",
    "Opposition leader Peter Dutton conceded defeat and lost his own seat of Dickson in Queensland, which he had held for more than two decades.",
    "The cost of living and housing dominated the campaign, and analysts said uncertainty caused by U.S. trade policy had helped the government.",
    "Albanese became the first Australian prime minister to win consecutive elections since John Howard in 2004.",
])

art("takaichi", "Takaichi becomes Japan's first female prime minister",
    "2025-10-21", "Yuki Tanaka", "tokyoledger.example", [
    "Sanae Takaichi was elected prime minister by Japan's parliament on Tuesday, becoming the first woman to lead the country.",
    "Takaichi, 64, won the leadership of the ruling Liberal Democratic Party earlier this month. She secured a majority in the lower house vote after her party reached a coalition agreement with the Japan Innovation Party.",
    "The agreement followed the departure of Komeito, the LDP's partner in government for more than two decades, which left the coalition over a political funding scandal and policy differences.",
    "Takaichi succeeds Shigeru Ishiba, who announced his resignation in September after his coalition lost its majorities in both houses of parliament.",
    "She is expected to host U.S. President Donald Trump in Tokyo next week before travelling to South Korea for the APEC summit.",
])

art("istanbul-talks", "Russia and Ukraine hold first direct talks in three years, agree prisoner swap",
    "2025-05-16", "Emre Kaya", "bosphorusnews.example", [
    "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct peace talks since the early weeks of the war in 2022, and agreed to exchange 1,000 prisoners of war each.",
    "The meeting, hosted by Turkey at the Dolmabahce Palace, lasted less than two hours. Turkish Foreign Minister Hakan Fidan opened the session.",
    "The Russian delegation was led by presidential aide Vladimir Medinsky, and the Ukrainian delegation by Defence Minister Rustem Umerov.",
    "The two sides did not agree on a ceasefire. They said they would each set out their conditions for a future truce in writing.",
    "The prisoner exchange, the largest of the war, was carried out in stages over the following week.",
])

art("alaska-summit", "Trump and Putin meet in Alaska without agreement on Ukraine",
    "2025-08-15", "Megan Walsh", "capitolwire.example", [
    "U.S. President Donald Trump and Russian President Vladimir Putin met at a military base in Anchorage, Alaska, on Friday for their first in-person summit since 2019, but announced no agreement to end the war in Ukraine.",
    "The two leaders spoke for about three hours at Joint Base Elmendorf-Richardson and then made short statements to reporters without taking questions.",
    "Both described the talks as productive. Trump said there was no deal until there was a deal, and that he would brief NATO leaders and Ukrainian President Volodymyr Zelenskiy.",
    "It was Putin's first visit to the United States in a decade. Zelenskiy, who was not invited to the meeting, travelled to Washington the following Monday for talks at the White House.",
    "No date was set for another meeting.",
])

art("duterte-icc", "Former Philippine president Duterte arrested on ICC warrant",
    "2025-03-11", "Maria Santos", "manilaobserver.example", [
    "Former Philippine President Rodrigo Duterte was arrested in Manila on Tuesday on a warrant from the International Criminal Court, which is investigating killings during his campaign against illegal drugs.",
    "Police took Duterte into custody at Manila's international airport after he returned from a trip to Hong Kong. He was flown to the Netherlands later the same day.",
    "The court has been investigating killings committed during the anti-drug campaign between 2011 and 2019, including the years when Duterte was mayor of Davao City.",
    "The Philippines withdrew from the court in 2019, but the court has said it retains jurisdiction over crimes committed while the country was a member.",
    "Duterte made his first appearance before the court in The Hague by video link on Friday.",
])

art("eu-syria", "EU agrees to lift economic sanctions on Syria",
    "2025-05-20", "Sophie Laurent", "europeherald.example", [
    "European Union foreign ministers agreed on Tuesday to lift economic sanctions on Syria, in an effort to support the country's recovery after the fall of Bashar al-Assad in December.",
    "The decision followed an announcement by U.S. President Donald Trump the previous week that Washington would lift its own sanctions on Syria.",
    "EU officials said sanctions related to chemical weapons and to individuals linked to the former government would remain in force, and that new measures could be imposed on those responsible for violence against civilians.",
    "The bloc had already suspended some restrictions on energy, transport and banking in February.",
])

art("nepal-protests", "Nepal swears in interim prime minister after deadly protests",
    "2025-09-12", "Anil Shrestha", "southasiamonitor.example", [
    "Former chief justice Sushila Karki was sworn in as Nepal's interim prime minister on Friday, becoming the first woman to hold the post, after days of deadly protests forced the resignation of K.P. Sharma Oli.",
    "The protests, led largely by young people, began after the government blocked access to several social media platforms. The ban was lifted, but the demonstrations widened into anger at corruption and the political elite.",
    "Protesters set fire to the parliament building and other government offices in Kathmandu, and more than 50 people were killed in the unrest, according to police.",
    "President Ram Chandra Paudel dissolved parliament on the recommendation of the new prime minister, and elections were set for March.",
])

art("poland-election", "Nawrocki wins Polish presidential runoff",
    "2025-06-02", "Tomasz Nowak", "europeherald.example", [
    "Karol Nawrocki, a conservative historian backed by the opposition Law and Justice party, won Poland's presidential runoff, the electoral commission said on Monday.",
    "Nawrocki won 50.9% of the vote against 49.1% for Rafał Trzaskowski, the mayor of Warsaw and a candidate of Prime Minister Donald Tusk's governing coalition.",
    "The president in Poland has the power to veto legislation, and analysts said the result would make it harder for Tusk's government to carry out its programme.",
    "Nawrocki, who has headed the Institute of National Remembrance, is due to take office in August.",
])

art("romania-election", "Pro-European Nicușor Dan wins Romanian presidency",
    "2025-05-19", "Andrei Popescu", "europeherald.example", [
    "Bucharest mayor Nicușor Dan won Romania's presidential election runoff on Sunday, defeating nationalist George Simion, according to official results.",
    "Dan, a mathematician and centrist independent, took about 54% of the vote after trailing Simion in the first round two weeks earlier. Turnout was the highest in a presidential election in decades.",
    "The vote was a rerun of an election held in November, which the Constitutional Court annulled over allegations of irregularities and foreign interference.",
    "Simion at first contested the result but later acknowledged his defeat.",
])

art("madagascar", "Military officer sworn in as Madagascar's president after takeover",
    "2025-10-17", "Hery Rakoto", "africaobserver.example", [
    "Colonel Michael Randrianirina was sworn in as president of Madagascar on Friday, days after his military unit took power following weeks of youth-led protests.",
    "The protests began in late September over water and electricity shortages and grew into calls for President Andry Rajoelina to resign.",
    "Rajoelina left the country after soldiers of the CAPSAT unit joined the protesters, and the National Assembly voted to impeach him. The High Constitutional Court then invited Randrianirina to take office.",
    "The African Union suspended Madagascar's membership, and the colonel said elections would be held within two years.",
])

art("korea-election-ko", "이재명, 제21대 대통령 당선", "2025-06-04", "김민수", "hanbando.example", [
    "더불어민주당 이재명 후보가 3일 치러진 제21대 대통령 선거에서 당선됐다고 중앙선거관리위원회가 4일 밝혔다.",
    "이번 선거는 윤석열 전 대통령이 헌법재판소의 탄핵 결정으로 파면된 뒤 치러진 조기 대선이다. 투표율은 79.4%로 집계됐다.",
    "이 당선인은 4일 오전 국회에서 취임 선서를 하고 임기를 시작했다. 대통령직 인수위원회 없이 곧바로 업무에 들어갔다.",
    "국민의힘 김문수 후보는 패배를 인정하고 당선인에게 축하의 뜻을 전했다.",
    "새 정부는 경제 회복과 국민 통합을 우선 과제로 내세웠으며, 외교 분야에서는 한미 동맹과 한일 관계를 안정적으로 관리하겠다는 방침을 밝혔다.",
], lang="ko")

art("istanbul-talks-ru", "Россия и Украина договорились об обмене пленными в Стамбуле",
    "2025-05-16", "Иван Петров", "novosti-mira.example", [
    "Делегации России и Украины провели в пятницу в Стамбуле первые за три года прямые переговоры и договорились об обмене военнопленными по формуле тысяча на тысячу.",
    "Встреча прошла во дворце Долмабахче и продолжалась менее двух часов. Открыл заседание министр иностранных дел Турции Хакан Фидан.",
    "Российскую делегацию возглавил помощник президента Владимир Мединский, украинскую — министр обороны Рустем Умеров.",
    "Стороны не договорились о прекращении огня, но условились изложить свои условия перемирия в письменном виде.",
    "Обмен, крупнейший за время конфликта, прошёл в несколько этапов в течение следующей недели.",
], lang="ru")

art("alaska-summit-ru", "Путин и Трамп провели переговоры на Аляске",
    "2025-08-16", "Анна Смирнова", "novosti-mira.example", [
    "Президенты России и США Владимир Путин и Дональд Трамп провели в пятницу переговоры на военной базе в Анкоридже на Аляске.",
    "Встреча продолжалась около трёх часов, после чего лидеры сделали короткие заявления для прессы и не стали отвечать на вопросы журналистов.",
    "Соглашения о прекращении боевых действий на Украине достигнуто не было. Обе стороны назвали переговоры продуктивными.",
    "Это был первый визит российского президента в США за последние десять лет.",
], lang="ru")

art("pope-leo-es", "El cardenal estadounidense Robert Prevost, elegido papa con el nombre de León XIV",
    "2025-05-08", "Lucía Fernández", "diariodelsur.example", [
    "El cardenal Robert Francis Prevost fue elegido el jueves jefe de la Iglesia católica y se convirtió en el primer papa nacido en Estados Unidos, con el nombre de León XIV.",
    "La fumata blanca salió de la chimenea de la Capilla Sixtina en el segundo día del cónclave, y el nuevo pontífice saludó desde el balcón de la basílica de San Pedro a decenas de miles de fieles.",
    "Prevost, de 69 años, nació en Chicago y pasó muchos años como misionero y obispo en Perú, país del que también es ciudadano.",
    "Sucede al papa Francisco, que murió el 21 de abril a los 88 años tras un pontificado de doce años.",
], lang="es")

art("apec-prep", "South Korea tightens security in Gyeongju ahead of APEC summit",
    "2025-10-27", "Ji-hoon Lee", "asiawire.example", [
    "South Korean authorities stepped up security in the historic city of Gyeongju on Monday ahead of the Asia-Pacific Economic Cooperation leaders' meeting, deploying thousands of police officers and setting up checkpoints around the venues.",
    "The summit brings together leaders of the 21 APEC economies, and officials said it was the largest international gathering hosted by South Korea since the G20 summit in Seoul in 2010.",
    "Police said they had raised the alert level for the region and restricted drone flights over the city during the week of the meetings.",
    "Residents said traffic had been diverted from the centre of the city, and some schools planned to close during the leaders' meetings.",
    "Gyeongju, the capital of the ancient Silla kingdom, is known for its royal tombs and Buddhist temples, which are listed as UNESCO World Heritage sites.",
])

art("key-facts", "What the NATO spending pledge means: key facts",
    "2025-06-26", "Pieter de Vries", "europeherald.example", [
    "NATO allies agreed at their summit in The Hague to a new target for defence spending. Here are the main points of the agreement and what it means for member states.",
    ("li", "Allies committed to spend 5% of gross domestic product on defence and security by 2035."),
    ("li", "At least 3.5% of GDP is to go to core defence requirements, such as forces and equipment."),
    ("li", "Up to 1.5% may go to related spending, such as protecting critical infrastructure, civil preparedness and the defence industrial base."),
    ("li", "Allies are to submit annual plans showing a credible path towards the target."),
    ("h2", "Who spends what"),
    "Poland and the Baltic states already spend well above the old target of 2%, while several allies in western and southern Europe reached that level only in the last year.",
    "Spain secured language that it says allows it to meet its commitments while spending less than the headline figure.",
])

art("quote-statement", "ASEAN foreign ministers urge restraint in statement on Myanmar",
    "2025-07-10", "Nur Aisyah", "asiawire.example", [
    "Foreign ministers of the Association of Southeast Asian Nations called for an end to violence in Myanmar in a joint statement issued at the end of their annual meeting in Kuala Lumpur.",
    "The statement repeated the bloc's support for its five-point consensus, agreed in 2021, which calls for an immediate cessation of violence and dialogue among all parties.",
    ("quote", "We reiterated our deep concern over the ongoing conflict and humanitarian situation in Myanmar and called for the immediate cessation of violence against civilians and public facilities."),
    "The ministers also welcomed the extension of a temporary ceasefire announced after the earthquake in March, and urged unhindered access for humanitarian assistance.",
    "Myanmar's military government has said it plans to hold a general election in December, a plan that critics have described as an attempt to legitimise military rule.",
])

art("liveblog", "Live: Lee Jae-myung sworn in as South Korea's president",
    "2025-06-04", "Live team", "asiawire.example", [
    "Lee Jae-myung has been sworn in as South Korea's president at the National Assembly in Seoul, hours after the election commission confirmed his victory.",
    "The ceremony was short and simple, without the usual parade, because the new president took office immediately after the snap election.",
    "Lee named a new prime minister and chief of staff within hours of taking office, his office said.",
    "The election was called after the Constitutional Court removed Yoon Suk Yeol from office in April over his brief declaration of martial law in December.",
    "Turnout was 79.4%, the highest in a presidential election since 1997, according to the National Election Commission.",
    "People Power Party candidate Kim Moon-soo conceded defeat early on Wednesday morning.",
])
