"""Table-driven lookups: a name or phrase (and a date) -> code, country, kind, sector, role.

Each row: phrase | date | code | country | kind | sector | role | name ("-" = null; a blank
date means the knowledge's latest day; a blank name is not checked). Facts were written by the team.
"""

from __future__ import annotations

import pytest

from eventwatch.actors.resolve import ActorResolver

STATES = """
Afghanistan||AFG|AFG|state|-|-|Afghanistan
Albania||ALB|ALB|state|-|-|
Algeria||DZA|DZA|state|-|-|
Angola||AGO|AGO|state|-|-|
Argentina||ARG|ARG|state|-|-|
Armenia||ARM|ARM|state|-|-|
Australia||AUS|AUS|state|-|-|
Austria||AUT|AUT|state|-|-|
Azerbaijan||AZE|AZE|state|-|-|
Bahrain||BHR|BHR|state|-|-|
Bangladesh||BGD|BGD|state|-|-|
Belarus||BLR|BLR|state|-|-|
Belgium||BEL|BEL|state|-|-|
Bolivia||BOL|BOL|state|-|-|
Bosnia and Herzegovina||BIH|BIH|state|-|-|
Brazil||BRA|BRA|state|-|-|
Bulgaria||BGR|BGR|state|-|-|
Burkina Faso||BFA|BFA|state|-|-|
Cambodia||KHM|KHM|state|-|-|
Cameroon||CMR|CMR|state|-|-|
Canada||CAN|CAN|state|-|-|
Chad||TCD|TCD|state|-|-|
Chile||CHL|CHL|state|-|-|
China||CHN|CHN|state|-|-|China
Colombia||COL|COL|state|-|-|
Croatia||HRV|HRV|state|-|-|
Cuba||CUB|CUB|state|-|-|
Cyprus||CYP|CYP|state|-|-|
Denmark||DNK|DNK|state|-|-|
Egypt||EGY|EGY|state|-|-|
Eritrea||ERI|ERI|state|-|-|
Estonia||EST|EST|state|-|-|
Ethiopia||ETH|ETH|state|-|-|
Finland||FIN|FIN|state|-|-|
France||FRA|FRA|state|-|-|
Georgia||GEO|GEO|state|-|-|
Germany||DEU|DEU|state|-|-|
Ghana||GHA|GHA|state|-|-|
Greece||GRC|GRC|state|-|-|
Haiti||HTI|HTI|state|-|-|
Hungary||HUN|HUN|state|-|-|
India||IND|IND|state|-|-|
Indonesia||IDN|IDN|state|-|-|
Iran||IRN|IRN|state|-|-|
Iraq||IRQ|IRQ|state|-|-|
Ireland||IRL|IRL|state|-|-|
Israel||ISR|ISR|state|-|-|
Italy||ITA|ITA|state|-|-|
Japan||JPN|JPN|state|-|-|
Jordan||JOR|JOR|state|-|-|
Kazakhstan||KAZ|KAZ|state|-|-|
Kenya||KEN|KEN|state|-|-|
Kosovo||XKX|XKX|state|-|-|
Kuwait||KWT|KWT|state|-|-|
Kyrgyzstan||KGZ|KGZ|state|-|-|
Laos||LAO|LAO|state|-|-|
Latvia||LVA|LVA|state|-|-|
Lebanon||LBN|LBN|state|-|-|
Libya||LBY|LBY|state|-|-|
Lithuania||LTU|LTU|state|-|-|
Mali||MLI|MLI|state|-|-|
Mexico||MEX|MEX|state|-|-|
Moldova||MDA|MDA|state|-|-|
Mongolia||MNG|MNG|state|-|-|
Montenegro||MNE|MNE|state|-|-|
Morocco||MAR|MAR|state|-|-|
Mozambique||MOZ|MOZ|state|-|-|
Nepal||NPL|NPL|state|-|-|
Niger||NER|NER|state|-|-|
Nigeria||NGA|NGA|state|-|-|
North Korea||PRK|PRK|state|-|-|
Norway||NOR|NOR|state|-|-|
Oman||OMN|OMN|state|-|-|
Pakistan||PAK|PAK|state|-|-|
Palestine||PSE|PSE|state|-|-|
Peru||PER|PER|state|-|-|
Philippines||PHL|PHL|state|-|-|
Poland||POL|POL|state|-|-|
Qatar||QAT|QAT|state|-|-|
Romania||ROU|ROU|state|-|-|
Russia||RUS|RUS|state|-|-|Russia
Rwanda||RWA|RWA|state|-|-|
Saudi Arabia||SAU|SAU|state|-|-|
Serbia||SRB|SRB|state|-|-|
Somalia||SOM|SOM|state|-|-|
South Africa||ZAF|ZAF|state|-|-|
South Korea||KOR|KOR|state|-|-|
South Sudan||SSD|SSD|state|-|-|
Spain||ESP|ESP|state|-|-|
Sri Lanka||LKA|LKA|state|-|-|
Sudan||SDN|SDN|state|-|-|
Sweden||SWE|SWE|state|-|-|
Switzerland||CHE|CHE|state|-|-|
Syria||SYR|SYR|state|-|-|
Taiwan||TWN|TWN|state|-|-|
Tajikistan||TJK|TJK|state|-|-|Tajikistan
Thailand||THA|THA|state|-|-|
Tunisia||TUN|TUN|state|-|-|
Turkey||TUR|TUR|state|-|-|
Turkmenistan||TKM|TKM|state|-|-|
Uganda||UGA|UGA|state|-|-|
Ukraine||UKR|UKR|state|-|-|
United Arab Emirates||ARE|ARE|state|-|-|
United Kingdom||GBR|GBR|state|-|-|
United States||USA|USA|state|-|-|United States
Uzbekistan||UZB|UZB|state|-|-|
Venezuela||VEN|VEN|state|-|-|
Vietnam||VNM|VNM|state|-|-|
Yemen||YEM|YEM|state|-|-|
Zimbabwe||ZWE|ZWE|state|-|-|
"""

OTHER_NAMES = """
Burma||MMR|MMR|state|-|-|Myanmar
Ivory Coast||CIV|CIV|state|-|-|
Côte d'Ivoire||CIV|CIV|state|-|-|
Cote d'Ivoire||CIV|CIV|state|-|-|
Türkiye||TUR|TUR|state|-|-|Turkey
Turkiye||TUR|TUR|state|-|-|
DRC||COD|COD|state|-|-|
DR Congo||COD|COD|state|-|-|
Zaire||COD|COD|state|-|-|
UK||GBR|GBR|state|-|-|
Britain||GBR|GBR|state|-|-|
Great Britain||GBR|GBR|state|-|-|
U.S.||USA|USA|state|-|-|
America||USA|USA|state|-|-|
Holland||NLD|NLD|state|-|-|
the Netherlands||NLD|NLD|state|-|-|
Persia||IRN|IRN|state|-|-|
Ceylon||LKA|LKA|state|-|-|
Swaziland||SWZ|SWZ|state|-|-|
Eswatini||SWZ|SWZ|state|-|-|
Macedonia||MKD|MKD|state|-|-|
Czech Republic||CZE|CZE|state|-|-|
Czechia||CZE|CZE|state|-|-|
East Timor||TLS|TLS|state|-|-|
Cabo Verde||CPV|CPV|state|-|-|
Russian Federation||RUS|RUS|state|-|-|
PRC||CHN|CHN|state|-|-|
DPRK||PRK|PRK|state|-|-|
UAE||ARE|ARE|state|-|-|
Bosnia||BIH|BIH|state|-|-|
Kirghizia||KGZ|KGZ|state|-|-|
Byelorussia||BLR|BLR|state|-|-|
Soviet Union||SUN|SUN|state|-|-|
USSR||SUN|SUN|state|-|-|
Czechoslovakia||CSK|CSK|state|-|-|
East Germany||DDR|DDR|state|-|-|
Republic of Korea||KOR|KOR|state|-|-|
People's Republic of China||CHN|CHN|state|-|-|
Republic of China||TWN|TWN|state|-|-|
"""

ADJECTIVES = """
Tajik||TJK|TJK|state|-|-|
Afghan||AFG|AFG|state|-|-|
Chinese||CHN|CHN|state|-|-|
French||FRA|FRA|state|-|-|
Dutch||NLD|NLD|state|-|-|
Swiss||CHE|CHE|state|-|-|
Kyrgyz||KGZ|KGZ|state|-|-|
Uzbek||UZB|UZB|state|-|-|
Turkmen||TKM|TKM|state|-|-|
Azerbaijani||AZE|AZE|state|-|-|
Azeri||AZE|AZE|state|-|-|
Belarusian||BLR|BLR|state|-|-|
Emirati||ARE|ARE|state|-|-|
Saudi||SAU|SAU|state|-|-|
Israeli||ISR|ISR|state|-|-|
Palestinian||PSE|PSE|state|-|-|
Lebanese||LBN|LBN|state|-|-|
Ivorian||CIV|CIV|state|-|-|
Congolese||COD|COD|state|-|-|
Filipino||PHL|PHL|state|-|-|
Burmese||MMR|MMR|state|-|-|
Kosovar||XKX|XKX|state|-|-|
Nigerien||NER|NER|state|-|-|
Nigerian||NGA|NGA|state|-|-|
Somali||SOM|SOM|state|-|-|
South Sudanese||SSD|SSD|state|-|-|
North Korean||PRK|PRK|state|-|-|
South Korean||KOR|KOR|state|-|-|
Greek||GRC|GRC|state|-|-|
British||GBR|GBR|state|-|-|
American||USA|USA|state|-|-|
Kazakh||KAZ|KAZ|state|-|-|
Afghans||AFG|AFG|population|-|-|
Palestinians||PSE|PSE|population|-|-|
Britons||GBR|GBR|population|-|-|
Turks||TUR|TUR|population|-|-|
Israelis||ISR|ISR|population|-|-|
Tajiks||TJK|TJK|population|-|-|
Ukrainians||UKR|UKR|population|-|-|
"""

METONYMS = """
Moscow||RUS|RUS|state|GOV|-|
Beijing||CHN|CHN|state|GOV|-|
Washington||USA|USA|state|GOV|-|
London||GBR|GBR|state|GOV|-|
Paris||FRA|FRA|state|GOV|-|
Berlin||DEU|DEU|state|GOV|-|
Kyiv||UKR|UKR|state|GOV|-|
Kiev||UKR|UKR|state|GOV|-|
Tehran||IRN|IRN|state|GOV|-|
Ankara||TUR|TUR|state|GOV|-|
Dushanbe||TJK|TJK|state|GOV|-|
Tashkent||UZB|UZB|state|GOV|-|
Bishkek||KGZ|KGZ|state|GOV|-|
Astana||KAZ|KAZ|state|GOV|-|
Nur-Sultan||KAZ|KAZ|state|GOV|-|
Minsk||BLR|BLR|state|GOV|-|
Yerevan||ARM|ARM|state|GOV|-|
Baku||AZE|AZE|state|GOV|-|
Tbilisi||GEO|GEO|state|GOV|-|
Kabul||AFG|AFG|state|GOV|-|
Islamabad||PAK|PAK|state|GOV|-|
New Delhi||IND|IND|state|GOV|-|
Tokyo||JPN|JPN|state|GOV|-|
Seoul||KOR|KOR|state|GOV|-|
Pyongyang||PRK|PRK|state|GOV|-|
Damascus||SYR|SYR|state|GOV|-|
Baghdad||IRQ|IRQ|state|GOV|-|
Riyadh||SAU|SAU|state|GOV|-|
Cairo||EGY|EGY|state|GOV|-|
Ramallah||PSE|PSE|state|GOV|-|
Taipei||TWN|TWN|state|GOV|-|
Ashgabat||TKM|TKM|state|GOV|-|
Ottawa||CAN|CAN|state|GOV|-|
the Kremlin||RUS|RUS|state|GOV|-|
the White House||USA|USA|state|GOV|-|
the Pentagon||USA|USA|state|MIL|-|
Capitol Hill||USA|USA|state|LEG|-|
Downing Street||GBR|GBR|state|GOV|-|
Westminster||GBR|GBR|state|LEG|-|
the Elysee||FRA|FRA|state|GOV|-|
Élysée Palace||FRA|FRA|state|GOV|-|
Zhongnanhai||CHN|CHN|state|GOV|-|
the Knesset||ISR|ISR|state|LEG|-|
the Blue House||KOR|KOR|state|GOV|-|
Bankova||UKR|UKR|state|GOV|-|
the Tatmadaw||MMR|MMR|state|MIL|-|
Rawalpindi||PAK|PAK|state|MIL|-|
Lubyanka||RUS|RUS|state|POL|-|
Langley||USA|USA|state|POL|-|
"""

AGENTS = """
Russian troops||RUS|RUS|state|MIL|-|
Chinese officials||CHN|CHN|state|GOV|-|
Afghan refugees||AFG|AFG|population|REF|-|
Iranian police||IRN|IRN|state|POL|-|
Ukrainian forces||UKR|UKR|state|MIL|-|
Syrian rebels||SYR|SYR|armed_group|REB|-|
Turkish parliament||TUR|TUR|state|LEG|-|
Israeli army||ISR|ISR|state|MIL|-|
Egyptian court||EGY|EGY|state|JUD|-|
Georgian opposition||GEO|GEO|population|OPP|-|
Belarusian protesters||BLR|BLR|population|OPP|-|
Iraqi civilians||IRQ|IRQ|population|CVL|-|
Russian state media||RUS|RUS|media|MED|-|
French foreign ministry||FRA|FRA|state|GOV|-|
Russian defence ministry||RUS|RUS|state|MIL|-|
Kazakh security forces||KAZ|KAZ|state|POL|-|
Kyrgyz border guards||KGZ|KGZ|state|MIL|-|
Tajik government||TJK|TJK|state|GOV|-|
US Congress||USA|USA|state|LEG|-|
Indian navy||IND|IND|state|MIL|-|
Japanese companies||JPN|JPN|business|BUS|-|
Nigerian military||NGA|NGA|state|MIL|-|
Somali militants||SOM|SOM|armed_group|REB|-|
Lebanese lawmakers||LBN|LBN|state|LEG|-|
Britain's defence ministry||GBR|GBR|state|MIL|-|
Russia's foreign ministry||RUS|RUS|state|GOV|-|
Armenian diplomats||ARM|ARM|state|GOV|-|
Azerbaijani soldiers||AZE|AZE|state|MIL|-|
Uzbek authorities||UZB|UZB|state|GOV|-|
Kremlin officials||RUS|RUS|state|GOV|-|
Pentagon officials||-|-|other|MIL|-|
Moscow's diplomats||RUS|RUS|state|GOV|-|
Chinese warplanes||CHN|CHN|state|MIL|-|
Pakistani intelligence||PAK|PAK|state|POL|-|
Ethiopian federal troops||ETH|ETH|state|MIL|-|
Sudanese paramilitary fighters||SDN|SDN|armed_group|REB|-|
NATO troops||NATO|-|igo|MIL|-|
UN peacekeepers||UN|-|igo|MIL|-|
EU officials||EU|-|igo|GOV|-|
CSTO forces||CSTO|-|igo|MIL|-|
Taliban fighters||TALIBAN|AFG|armed_group|REB|-|
Hamas officials||HAMAS|PSE|armed_group|GOV|-|
Taliban-led government||TALIBAN|AFG|armed_group|GOV|-|
troops||-|-|other|MIL|-|
police||-|-|other|POL|-|
protesters||-|-|population|OPP|-|
refugees||-|-|population|REF|-|
rebels||-|-|armed_group|REB|-|
officials||-|-|other|GOV|-|
parliament||-|-|other|LEG|-|
judges||-|-|other|JUD|-|
journalists||-|-|media|MED|-|
civilians||-|-|population|CVL|-|
ministry of defence||-|-|other|MIL|-|
the military||-|-|other|MIL|-|
asylum seekers||-|-|population|REF|-|
insurgents||-|-|armed_group|REB|-|
the president||-|-|other|GOV|head of state|
"""

PEOPLE = """
the Russian president|2010-06-01|RUS|RUS|person|GOV|head of state|Dmitry Medvedev
the Russian president|2021-09-17|RUS|RUS|person|GOV|head of state|Vladimir Putin
the Russian president|2005-01-01|RUS|RUS|person|GOV|head of state|Vladimir Putin
the Russian prime minister|2010-06-01|RUS|RUS|person|GOV|head of government|Vladimir Putin
the Russian prime minister|2021-09-17|RUS|RUS|person|GOV|head of government|Mikhail Mishustin
the US president|2010-06-01|USA|USA|person|GOV|head of state|Barack Obama
the US president|2018-06-01|USA|USA|person|GOV|head of state|Donald Trump
the US president|2022-06-01|USA|USA|person|GOV|head of state|Joe Biden
the US president|2025-06-01|USA|USA|person|GOV|head of state|Donald Trump
the Chinese president|2010-06-01|CHN|CHN|person|GOV|head of state|Hu Jintao
the Chinese president|2020-06-01|CHN|CHN|person|GOV|head of state|Xi Jinping
the Tajik president|2021-09-17|TJK|TJK|person|GOV|head of state|Emomali Rahmon
Tajikistan President Emomali Rahmon|2021-09-17|TJK|TJK|person|GOV|head of state|Emomali Rahmon
the Kazakh president|2015-06-01|KAZ|KAZ|person|GOV|head of state|Nursultan Nazarbayev
the Kazakh president|2022-06-01|KAZ|KAZ|person|GOV|head of state|Kassym-Jomart Tokayev
the Afghan president|2010-06-01|AFG|AFG|person|GOV|head of state|Hamid Karzai
the Afghan president|2018-06-01|AFG|AFG|person|GOV|head of state|Ashraf Ghani
the German chancellor|2010-06-01|DEU|DEU|person|GOV|head of government|Angela Merkel
the German chancellor|2023-06-01|DEU|DEU|person|GOV|head of government|Olaf Scholz
the British prime minister|2020-06-01|GBR|GBR|person|GOV|head of government|Boris Johnson
the British prime minister|2023-06-01|GBR|GBR|person|GOV|head of government|Rishi Sunak
the British prime minister|2025-06-01|GBR|GBR|person|GOV|head of government|Keir Starmer
the British leader|2023-06-01|GBR|GBR|person|GOV|head of government|Rishi Sunak
the Russian leader|2023-06-01|RUS|RUS|person|GOV|head of state|Vladimir Putin
the Russian foreign minister|2021-09-17|RUS|RUS|person|GOV|foreign minister|Sergei Lavrov
Russia's defence minister|2020-06-01|RUS|RUS|person|GOV|defence minister|Sergei Shoigu
Russia's defence minister|2025-06-01|RUS|RUS|person|GOV|defence minister|Andrei Belousov
the US secretary of state|2022-06-01|USA|USA|person|GOV|foreign minister|Antony Blinken
the US secretary of state|2025-06-01|USA|USA|person|GOV|foreign minister|Marco Rubio
the US defense secretary|2022-06-01|USA|USA|person|GOV|defence minister|Lloyd Austin
the NATO secretary general|2020-06-01|NATO|-|person|-|secretary general|Jens Stoltenberg
the NATO secretary general|2025-06-01|NATO|-|person|-|secretary general|Mark Rutte
the UN secretary-general|2010-06-01|UN|-|person|-|secretary general|Ban Ki-moon
the UN secretary-general|2020-06-01|UN|-|person|-|secretary general|António Guterres
CSTO Secretary General|2021-09-17|CSTO|-|person|-|secretary general|Stanislav Zas
CSTO Secretary General|2010-06-01|CSTO|-|person|-|secretary general|Nikolai Bordyuzha
the head of the IMF|2021-06-01|IMF|-|person|-|managing director|Kristalina Georgieva
the WHO director-general|2021-06-01|WHO|-|person|-|director general|Tedros Adhanom Ghebreyesus
the IAEA chief|2021-06-01|IAEA|-|person|-|director general|Rafael Grossi
the EU foreign policy chief|2022-06-01|EU|-|person|-|high representative|Josep Borrell
the Indian prime minister|2020-06-01|IND|IND|person|GOV|head of government|Narendra Modi
the Turkish president|2020-06-01|TUR|TUR|person|GOV|head of state|Recep Tayyip Erdoğan
the Turkish prime minister|2010-06-01|TUR|TUR|person|GOV|head of government|Recep Tayyip Erdoğan
the Ukrainian president|2022-06-01|UKR|UKR|person|GOV|head of state|Volodymyr Zelensky
the Israeli prime minister|2015-06-01|ISR|ISR|person|GOV|head of government|Benjamin Netanyahu
Iran's supreme leader|2020-06-01|IRN|IRN|person|GOV|head of state|Ali Khamenei
the president of Tajikistan|2021-09-17|TJK|TJK|person|GOV|head of state|Emomali Rahmon
the secretary general of NATO|2020-06-01|NATO|-|person|-|secretary general|Jens Stoltenberg
Vladimir Putin|2021-09-17|RUS|RUS|person|GOV|head of state|Vladimir Putin
Vladimir Putin|2010-06-01|RUS|RUS|person|GOV|head of government|Vladimir Putin
Putin|2021-09-17|RUS|RUS|person|GOV|head of state|Vladimir Putin
Dmitry Medvedev|2010-06-01|RUS|RUS|person|GOV|head of state|Dmitry Medvedev
Dmitri Medvedev|2015-06-01|RUS|RUS|person|GOV|head of government|Dmitry Medvedev
Stanislav Zas|2021-09-17|CSTO|-|person|-|secretary general|Stanislav Zas
Emomali Rahmon|2021-09-17|TJK|TJK|person|GOV|head of state|Emomali Rahmon
Xi Jinping|2020-06-01|CHN|CHN|person|GOV|head of state|Xi Jinping
Recep Tayyip Erdogan|2020-06-01|TUR|TUR|person|GOV|head of state|Recep Tayyip Erdoğan
Sergei Lavrov|2021-09-17|RUS|RUS|person|GOV|foreign minister|Sergei Lavrov
Sergey Lavrov|2021-09-17|RUS|RUS|person|GOV|foreign minister|Sergei Lavrov
Antony Blinken|2022-06-01|USA|USA|person|GOV|foreign minister|Antony Blinken
Tedros|2021-06-01|WHO|-|person|-|director general|Tedros Adhanom Ghebreyesus
Jens Stoltenberg|2020-06-01|NATO|-|person|-|secretary general|Jens Stoltenberg
Kassym-Jomart Tokayev|2022-06-01|KAZ|KAZ|person|GOV|head of state|Kassym-Jomart Tokayev
Kassym-Jomart Tokayev|2000-06-01|KAZ|KAZ|person|GOV|head of government|Kassym-Jomart Tokayev
Angela Merkel|2023-06-01|DEU|DEU|person|-|-|Angela Merkel
Barack Obama|2020-06-01|USA|USA|person|-|-|Barack Obama
Hamid Karzai|2010-06-01|AFG|AFG|person|GOV|head of state|Hamid Karzai
Mohammed bin Salman|2023-06-01|SAU|SAU|person|GOV|head of government|Mohammed bin Salman
Volodymyr Zelenskyy|2023-06-01|UKR|UKR|person|GOV|head of state|Volodymyr Zelensky
President Putin|2021-09-17|RUS|RUS|person|GOV|head of state|Vladimir Putin
Prime Minister Modi|2020-06-01|IND|IND|person|GOV|head of government|Narendra Modi
Chancellor Merkel|2010-06-01|DEU|DEU|person|GOV|head of government|Angela Merkel
Secretary General Zas|2021-09-17|CSTO|-|person|-|secretary general|Stanislav Zas
Foreign Minister Lavrov|2021-09-17|RUS|RUS|person|GOV|foreign minister|Sergei Lavrov
Mr. Biden|2022-06-01|USA|USA|person|GOV|head of state|Joe Biden
President Yoweri Museveni|2005-01-01|UGA|UGA|person|GOV|head of state|Yoweri Museveni
Mark Rutte|2020-01-01|NLD|NLD|person|GOV|head of government|Mark Rutte
Mark Rutte|2025-01-01|NATO|-|person|-|secretary general|Mark Rutte
the Pakistani prime minister|2020-01-01|PAK|PAK|person|GOV|head of government|Imran Khan
the Nigerian president|2012-01-01|NGA|NGA|person|GOV|head of state|Goodluck Jonathan
the Venezuelan leader|2015-01-01|VEN|VEN|person|GOV|head of state|Nicolas Maduro
the Spanish prime minister|2019-01-01|ESP|ESP|person|GOV|head of government|Pedro Sanchez
Kim Jong Un|2020-01-01|PRK|PRK|person|GOV|head of state|Kim Jong Un
"""

ORGANISATIONS = """
United Nations||UN|-|igo|-|-|United Nations
UN||UN|-|igo|-|-|
U.N.||UN|-|igo|-|-|
NATO||NATO|-|igo|-|-|NATO
North Atlantic Treaty Organization||NATO|-|igo|-|-|
Nato||NATO|-|igo|-|-|
European Union||EU|-|igo|-|-|
EU||EU|-|igo|-|-|
African Union||AU|-|igo|-|-|
ASEAN||ASEAN|-|igo|-|-|
Shanghai Cooperation Organisation||SCO|-|igo|-|-|
CSTO||CSTO|-|igo|-|-|Collective Security Treaty Organization
ODKB||CSTO|-|igo|-|-|
Commonwealth of Independent States||CIS|-|igo|-|-|
Eurasian Economic Union||EAEU|-|igo|-|-|
GCC||GCC|-|igo|-|-|
OSCE||OSCE|-|igo|-|-|
Arab League||LAS|-|igo|-|-|
League of Arab States||LAS|-|igo|-|-|
ECOWAS||ECOWAS|-|igo|-|-|
OPEC||OPEC|-|igo|-|-|
OPEC+||OPECPLUS|-|igo|-|-|
IMF||IMF|-|igo|-|-|
International Monetary Fund||IMF|-|igo|-|-|
World Bank||WB|-|igo|-|-|
WTO||WTO|-|igo|-|-|
International Criminal Court||ICC|-|igo|-|-|
ICJ||ICJ|-|igo|-|-|
World Court||ICJ|-|igo|-|-|
IAEA||IAEA|-|igo|-|-|
UN nuclear watchdog||IAEA|-|igo|-|-|
WHO||WHO|-|igo|-|-|
World Health Organization||WHO|-|igo|-|-|
UNHCR||UN|-|igo|-|-|
UN refugee agency||UN|-|igo|-|-|
UNICEF||UN|-|igo|-|-|
World Food Programme||UN|-|igo|-|-|
UN Security Council||UN|-|igo|-|-|
Security Council||UN|-|igo|-|-|
UN General Assembly||UN|-|igo|-|-|
European Commission||EC|-|igo|-|-|
European Parliament||EP|-|igo|-|-|
Council of Europe||COE|-|igo|-|-|
OIC||OIC|-|igo|-|-|
Organization of American States||OAS|-|igo|-|-|
Mercosur||MERCOSUR|-|igo|-|-|
BRICS||BRICS|-|igo|-|-|
G7||G7|-|igo|-|-|
G20||G20|-|igo|-|-|
OECD||OECD|-|igo|-|-|
Interpol||INTERPOL|-|igo|-|-|
APEC||APEC|-|igo|-|-|
OPCW||OPCW|-|igo|-|-|
Red Cross||ICRC|-|ngo|-|-|
Amnesty International||AMNESTY|-|ngo|-|-|
Human Rights Watch||HRW|-|ngo|-|-|
Doctors Without Borders||MSF|-|ngo|-|-|
Organization of Turkic States||OTS|-|igo|-|-|
Visegrad Group||V4|-|igo|-|-|
Frontex||FRONTEX|-|igo|-|-|
International Energy Agency||IEA|-|igo|-|-|
UN war crimes tribunal||UN|-|igo|-|-|
"""

GROUPS = """
Taliban||TALIBAN|AFG|armed_group|REB|-|Taliban
the Taliban||TALIBAN|AFG|armed_group|REB|-|
Islamic Emirate of Afghanistan||TALIBAN|AFG|armed_group|REB|-|
ISIS||ISIL|-|armed_group|REB|-|Islamic State
Islamic State||ISIL|-|armed_group|REB|-|
Daesh||ISIL|-|armed_group|REB|-|
Baloch Liberation Army||BLA|PAK|armed_group|REB|-|
BLA||BLA|PAK|armed_group|REB|-|Balochistan Liberation Army
ISIS-K||ISKP|AFG|armed_group|REB|-|
al-Qaeda||AL_QAEDA|-|armed_group|REB|-|
Al Qaeda||AL_QAEDA|-|armed_group|REB|-|
AQAP||AQAP|YEM|armed_group|REB|-|
Hamas||HAMAS|PSE|armed_group|REB|-|
Hezbollah||HEZBOLLAH|LBN|armed_group|REB|-|
Hizbollah||HEZBOLLAH|LBN|armed_group|REB|-|
Houthis||HOUTHIS|YEM|armed_group|REB|-|
Houthi rebels||HOUTHIS|YEM|armed_group|REB|-|
Ansar Allah||HOUTHIS|YEM|armed_group|REB|-|
al-Shabaab||AL_SHABAAB|SOM|armed_group|REB|-|
al-Shabab||AL_SHABAAB|SOM|armed_group|REB|-|
Boko Haram||BOKO_HARAM|NGA|armed_group|REB|-|
PKK||PKK|TUR|armed_group|REB|-|
Kurdistan Workers' Party||PKK|TUR|armed_group|REB|-|
Wagner Group||WAGNER|RUS|armed_group|MIL|-|
Wagner||WAGNER|RUS|armed_group|MIL|-|
YPG||YPG|SYR|armed_group|REB|-|
SDF||SDF|SYR|armed_group|REB|-|
HTS||HTS|SYR|armed_group|REB|-|
Islamic Jihad||PIJ|PSE|armed_group|REB|-|
Pakistani Taliban||TTP|PAK|armed_group|REB|-|
Fatah||FATAH|PSE|party|GOV|-|
PLO||PLO|PSE|party|GOV|-|
Tamil Tigers||LTTE|LKA|armed_group|REB|-|
FARC||FARC|COL|armed_group|REB|-|
M23||M23|COD|armed_group|REB|-|
Rapid Support Forces||RSF_SDN|SDN|armed_group|REB|-|
Lashkar-e-Taiba||LET|PAK|armed_group|REB|-|
IRGC||IRN|IRN|state|MIL|-|Islamic Revolutionary Guard Corps
Revolutionary Guards||IRN|IRN|state|MIL|-|
Popular Mobilization Forces||PMF|IRQ|armed_group|MIL|-|
Hashd al-Shaabi||PMF|IRQ|armed_group|MIL|-|
Muslim Brotherhood||MUSLIM_BROTHERHOOD|EGY|party|OPP|-|
Chinese Communist Party||CCP|CHN|party|GOV|-|
TASS||TASS|RUS|media|MED|-|
Xinhua||XINHUA|CHN|media|MED|-|
Reuters||REUTERS|GBR|media|MED|-|
Al Jazeera||ALJAZEERA|QAT|media|MED|-|
Gazprom||GAZPROM|RUS|business|BUS|-|
Islamic Movement of Uzbekistan||IMU|UZB|armed_group|REB|-|
Donetsk People's Republic||DPR|UKR|armed_group|REB|-|
Peshmerga||IRQ|IRQ|state|MIL|-|
Republicans||GOP|USA|party|LEG|-|
Tories||CONSERVATIVES_GBR|GBR|party|-|-|
Georgian Dream||GEORGIAN_DREAM|GEO|party|-|-|
Jamaat Ansarullah||ANSARULLAH_TJK|TJK|armed_group|REB|-|
Rohingya||ROHINGYA|MMR|population|CVL|-|
Uyghurs||UYGHURS|CHN|population|CVL|-|
Kurds||KURDS|-|population|CVL|-|
Yazidis||YAZIDIS|IRQ|population|CVL|-|
FSB||RUS|RUS|state|POL|-|Federal Security Service
CIA||USA|USA|state|POL|-|
IDF||ISR|ISR|state|MIL|-|
Mossad||ISR|ISR|state|POL|-|
People's Liberation Army||CHN|CHN|state|MIL|-|
"""

CODES = """
RUS||RUS|RUS|state|-|-|Russia
TJK||TJK|TJK|state|-|-|Tajikistan
CSTO||CSTO|-|igo|-|-|
TALIBAN||TALIBAN|AFG|armed_group|REB|-|
"""

TABLES = {
    "state": STATES,
    "other-name": OTHER_NAMES,
    "adjective": ADJECTIVES,
    "metonym": METONYMS,
    "agent": AGENTS,
    "person": PEOPLE,
    "organisation": ORGANISATIONS,
    "group": GROUPS,
    "code": CODES,
}


def _null(cell: str) -> str | None:
    return None if cell == "-" else cell


def _cases() -> list:
    cases = []
    for category, table in TABLES.items():
        for row in table.strip().splitlines():
            phrase, date, code, country, kind, sector, role, name = row.split("|")
            expected = (_null(code), _null(country), kind, _null(sector), _null(role))
            label = f"{category}:{phrase}" + (f"@{date}" if date else "")
            cases.append(pytest.param(phrase, date or None, expected, name, id=label))
    return cases


CASES = _cases()


@pytest.fixture(scope="module")
def kb() -> ActorResolver:
    return ActorResolver.load()


def test_the_table_is_large_and_covers_every_category() -> None:
    assert len(CASES) >= 300
    assert all(TABLES[c].strip() for c in TABLES)


@pytest.mark.parametrize(("phrase", "date", "expected", "name"), CASES)
def test_lookup(kb: ActorResolver, phrase: str, date: str | None, expected: tuple, name: str) -> None:
    actor = kb.lookup(phrase, date)
    assert actor is not None, f"{phrase!r} not found"
    assert (actor.code, actor.country, actor.kind, actor.sector, actor.role) == expected
    if name:
        assert actor.name == name
