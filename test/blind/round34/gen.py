import json, glob
A = lambda q, *g: {"q": q, "expect": [list(x) for x in g]}
U = lambda q: {"q": q, "expect": [], "unanswerable": True}
items = [
# 1 fragments
A("cbss joined when", ["April 2020","2020"]),
A("gpa adopted when", ["30 July 2010","July 2010"]),
A("icmpd join yr?", ["2016"]),
A("2022 cochairs", ["ICMPD","International Centre for Migration"], ["UNODC","Drugs and Crime"]),
A("unvtf launch date", ["4 November 2010","November 2010"]),
A("2021 pol decl - how many paras", ["29"]),
A("unvtf board chair 2024?", ["Nyanjura"]),
U("icat budget 2023?"),
U("2026 cochairs?"),
# 2 typos
A("who is Valiant Richy", ["OSCE","Security and Co-operation"]),
A("Gada Wali's role?", ["Executive Director"], ["UNODC","Drugs and Crime"]),
A("who is Grzegorz Poznansky", ["Director General"], ["CBSS","Baltic Sea"]),
A("who cofacilitated the globel plan of acton negotations in 2010", ["Portugal"], ["Cape Verde"]),
A("John Brandolinno title at unodc?", ["Treaty Affairs"]),
A("julie okah donly - which country n agency", ["Nigeria"], ["NAPTIP","Prohibition of Trafficking"]),
A("Mikael Spindeleger which org & what role in icat", ["ICMPD","International Centre"], ["co-chair","cochair"]),
A("Najat Malla Mjid spoke as icat cochair in which yr", ["2023"]),
U("wats Victoria Nyanjoura's nationality"),
U("when did interpole join icat"),
# 3 acronyms
A("OSRSG-VAC stands for?", ["Violence against Children"]),
A("acronym for joint UN programme on HIV/AIDS?", ["UNAIDS"]),
A("UNVTF = ?", ["Voluntary Trust Fund"]),
A("IMRF?", ["International Migration Review Forum"]),
A("NAPTIP expand pls", ["Prohibition of Trafficking"]),
A("short form of International Centre for Migration Policy Development", ["ICMPD"]),
A("TF THB = ?", ["Task Force"]),
A("UN.GIFT full name", ["Global Initiative to Fight Human Trafficking","Global Initiative"]),
U("UNVTF secretariat headcount?"),
# 4 who said
A("who called trafficking modern-day slavery at the GPA launch", ["Ban Ki-moon"]),
A("who said going after demand is the next frontier", ["Richey"]),
A("who said the trust fund is the only UN one focusing on women n girl victims", ["Waly"]),
A("what did Regner say traffickers use sexual violence for", ["coercion","control"]),
A("who said only 12 of 193 member states had paid into the trust fund", ["Chutikul","Saisuree"]),
A("who credited the group of friends with helping get the GPA adopted", ["Fedotov"]),
A("who said the cbss is uniquely placed to give regional specificity to icat tools", ["Poznanski","Poznański"]),
A("who at the 2017 hlm urged ppl to put money into the trust fund", ["Lajčák","Lajcak"]),
U("what did the ICMPD DG say at the 2021 principals mtg"),
# 5 list positions
A("3rd of icat's six priority areas?", ["rights-based"]),
A("last one in the list of six priority areas", ["Systematising cooperation","multi-stakeholder partnerships","Systematizing"]),
A("2024 priority #2", ["climate change","disasters"]),
A("1st function of icat?", ["exchange of information","platform"]),
A("5th theme of the 2012 issue papers", ["remedies"]),
A("2nd of the 2025 priorities", ["multilateral"]),
A("item #4 of the 2021 joint statement priorities", ["accountable"]),
A("4th pillar of the GPA", ["partnerships"]),
U("what's the 3rd 2024 priority"),
# 6 paraphrase
A("when & where did the bosses of the icat orgs first sit down together", ["2018"], ["London"]),
A("which govt hosted the very first coordination get-together", ["Japan"]),
A("who runs the victims trust fund", ["UNODC","Drugs and Crime"]),
A("where's the trust fund team that picks grantees based", ["Vienna"]),
A("who handpicked the first trustees for the victims fund", ["Ban Ki-moon"]),
A("name of the ad hoc body icat spun up after ukraine escalated", ["Policy Support Group"]),
A("what share of its planned work did icat get done in 2023", ["90"]),
A("when did the GA officially kick off the GPA", ["31 August 2010"]),
U("where did the 4th principals get-together take place"),
# 7 yes/no
A("did UNICEF co-chair icat in 2019?", ["OSCE","Security and Co-operation"], ["UN Women"]),
A("icat was set up by a security council resolution right?", ["General Assembly"], ["61/180"]),
A("is cbss one of the founding members?", ["2020"]),
A("GPA was adopted by recorded vote, yes?", ["consensus"]),
A("first heads mtg was in geneva no?", ["London"]),
A("demand paper = icat's first policy paper?", ["second"]),
A("are OAS and UNODC the 2024 cochairs?", ["2025"], ["IOM","International Organization for Migration"]),
A("did the first trust fund board meet in new york?", ["Vienna"]),
U("did the uk pledge more than $1m to the trust fund in 2010?"),
# 8 counts
A("how many members icat oct 2023", ["31"]),
A("how many orgs took part in the 2006 tokyo mtg", ["7","seven"]),
A("how many key actions in the call for accelerated action", ["ten","10"]),
A("how many ppl on the unvtf board", ["five","5"]),
A("how many NGOs applied to the trust fund in 2020 and from how many countries", ["268"], ["64"]),
A("how many orgs showed up to the london 2018 heads mtg", ["21"]),
A("how many organ removal trafficking victims detected 2010-2018", ["300"]),
A("how many projects got trust fund grants in 2020", ["32"]),
U("how much $ did the trust fund award in grants in 2020"),
U("how many victims did the small grants facility help in its first year 2011"),
# 9 context first / two at once
A("building a timeline for a briefing note - when was 64/293 adopted and what did it endorse?", ["30 July 2010","July 2010"], ["Global Plan of Action"]),
A("drafting the history section: where was the first icat mtg & which ecosoc res triggered it", ["Tokyo"], ["2006/27"]),
A("need to cite the 2021 chairs report. cochairs + pub date?", ["UNHCR","Refugee"], ["UNODC","Drugs and Crime"], ["31 March 2022","March 2022"]),
A("for the trust fund slide: when did it become operational and when did the small grants facility launch", ["November 2010"], ["2011"]),
A("issue brief 10 - title and launch date?", ["procurement"], ["27 September 2021"]),
A("2025 appraisal of GPA: which resolution convened it, and which countries co-facilitated", ["79/286"], ["Cyprus"], ["Tajikistan"]),
A("demand paper: year & where launched?", ["2014"], ["seventh session","Conference of the Parties"]),
A("on the 2023 annual report - who were cochairs and what % of detected victims are kids per it?", ["IOM","International Organization for Migration"], ["35"]),
A("prepping for the 2011 section: where did members meet to reinvigorate icat, and on the margins of what?", ["Geneva"], ["Human Rights Council"]),
U("for the publications page: what year did Issue Brief 11 come out and who wrote it?"),
# 10 cross-doc
A("who were the icat cochairs when cbss joined", ["OSCE","Security and Co-operation"], ["UN Women"]),
A("who was unodc ED when the heads first met in london", ["Fedotov"]),
A("who cochaired icat the yr the humanitarian crises call to action came out", ["ICMPD","International Centre"], ["UNODC","Drugs and Crime"]),
A("which cochairs were in charge during the 2021 GPA appraisal", ["UNODC","Drugs and Crime"], ["UNHCR","Refugee"]),
A("who chaired icat the year the toolkit was shown to member states", ["UNICEF","Children's Fund"]),
A("icat cochairs when the child trafficking call was endorsed?", ["IOM","International Organization for Migration"], ["OSRSG-VAC","Violence against Children"]),
A("who was PGA when the 2021 political declaration was adopted", ["Shahid"]),
A("icat's first joint publication came out at which icat mtg, and which GA res on trafficking was adopted that same yr?", ["6th","sixth"], ["64/293"]),
U("who was the OAS secretary general when oas cochaired icat"),
U("who was UN Women's executive director when UN Women cochaired icat in 2019"),
U("which member state hosted icat's oct 2023 vienna briefing"),
U("when was the ICAT Field Engagement Strategy adopted"),
U("where was the dec 2020 principals mtg held"),
U("legal frameworks paper was launched at which numbered session of the COP?"),
U("valiant richey nationality?"),
U("when did UN Women join icat"),
]
text = "\n".join(open(f).read() for f in glob.glob("/work/main/knowledge/*.md") if not f.endswith("README.md")).lower()
bad = 0
for it in items:
    for g in it["expect"]:
        if not any(s.lower() in text for s in g):
            print("MISSING", it["q"], g); bad += 1
qs = [i["q"] for i in items]
assert len(set(qs)) == len(qs)
print(len(items), sum(1 for i in items if i.get("unanswerable")), bad)
with open("/tmp/r34/dev.jsonl","w") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False)+"\n")
