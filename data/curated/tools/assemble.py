#!/usr/bin/env python3
"""Second drafting step: adds the declared sources, the public-source claims and entities, and the
relationships to the list-sourced draft, and splits it into topic files. After this the YAML files
in data/curated/ are edited by hand; this script documents how they were first put together.
Run: python3 data/curated/tools/draft_from_lists.py ../shared/data > /tmp/draft.yaml
     python3 data/curated/tools/assemble.py /tmp/draft.yaml data/curated
"""
import json, sys, yaml

draft = yaml.safe_load(open(sys.argv[1]))['entities']
outdir = sys.argv[2]
ents = {e['id']: e for e in draft}

LIST_SOURCES = [
  dict(id='us-csl-2022-05', kind='list', title='Consolidated Screening List (CSV), Entity List entries', publisher='U.S. International Trade Administration',
       date='2022-05', url='https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv', file='lists/us-csl/consolidated-2022-05.csv'),
  dict(id='us-ofac-cons-2025-12', kind='list', title='Consolidated Sanctions List (non-SDN), NS-CMIC entries, legacy CSV', publisher='U.S. Department of the Treasury, Office of Foreign Assets Control',
       date='2025-12', url='https://sanctionslist.ofac.treas.gov/Home/ConsolidatedList', file='lists/us-ofac-consolidated/cons_prim.csv'),
  dict(id='us-dod-1260h', kind='list', title='Entities Identified as Chinese Military Companies Operating in the United States (Section 1260H), all editions 2021-2026 as transcribed by OpenSanctions',
       publisher='U.S. Department of Defense', date='2026-06-08', url='https://media.defense.gov/2026/Jun/08/2003945537/-1/-1/1/ENTITIES-IDENTIFIED-AS-CHINESE-MILITARY-COMPANIES-OPERATING-IN-THE-UNITED-STATES-IN-ACCORDANCE-WITH-SECTION-1260H.PDF',
       file='lists/us-dod-1260h/1260h.csv'),
  dict(id='us-fcc-covered-2024-04', kind='list', title='List of Equipment and Services Covered By Section 2 of The Secure Networks Act (Covered List)', publisher='Federal Communications Commission',
       date='2024-04-19', url='https://www.fcc.gov/supplychain/coveredlist', file='lists/us-fcc-covered/data-2024-04-19.csv'),
  dict(id='us-ndaa-889', kind='list', title='Section 889 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019 (Public Law 115-232)', publisher='United States Congress',
       date='2018-08-13', url='https://www.congress.gov/115/plaws/publ232/PLAW-115publ232.pdf', file='lists/us-ndaa/section_889.csv'),
  dict(id='us-ofac-sdn-2021', kind='list', title='Specially Designated Nationals and Blocked Persons List (SDN), legacy CSV', publisher='U.S. Department of the Treasury, Office of Foreign Assets Control',
       date='2021', url='https://www.treasury.gov/ofac/downloads/sdn.csv', file='lists/us-ofac-sdn/sdn.csv'),
  dict(id='eu-reg-2020-1998', kind='list', title='Council Regulation (EU) 2020/1998, Annex I (EU Global Human Rights Sanctions Regime), as amended', publisher='Council of the European Union',
       date='2021-03-22', url='https://eur-lex.europa.eu/eli/reg/2020/1998/oj', file='lists/eu/reg-2020-1998.csv'),
]
PUBLIC_SOURCES = [
  dict(id='hikvision-ar-2024', kind='public', title='杭州海康威视数字技术股份有限公司2024年年度报告 (Hikvision 2024 annual report)', publisher='Hangzhou Hikvision Digital Technology Co., Ltd.',
       date='2025-04-19', url='http://m.igu888.com/gonggao/ggnews.asp?code=002415&id=10904333'),
  dict(id='hikvision-ipo-2010', kind='public', title='杭州海康威视数字技术股份有限公司首次公开发行股票招股意向书 (IPO prospectus)', publisher='Hangzhou Hikvision Digital Technology Co., Ltd.',
       date='2010-05-07', url='http://vip.stock.finance.sina.com.cn/corp/view/vISSUE_RaiseExplanationDetail.php?stockid=002415&id=559048'),
  dict(id='hikvision-ezviz-spinoff-2021', kind='public', title='关于分拆所属子公司杭州萤石网络有限公司至科创板上市的预案 (plan to spin off and list subsidiary Hangzhou EZVIZ Network on the STAR Market)',
       publisher='Hangzhou Hikvision Digital Technology Co., Ltd. (SZSE 002415 announcement)', date='2021-01-09', url='https://q.stock.sohu.com/cn,gg,002415,6497726459.shtml'),
  dict(id='ezviz-listing-2022', kind='public', title='杭州萤石网络股份有限公司首次公开发行股票科创板上市公告书 (STAR Market listing announcement)', publisher='Hangzhou EZVIZ Network Co., Ltd. (reprinted by Stockstar)',
       date='2022-12-27', url='http://stock.stockstar.com/notice/SN2022122600008656.shtml'),
  dict(id='yicai-hikvision-2025', kind='public', title='There are not only six dragons in Hangzhou, but also the "Haikang system"', publisher='Yicai Global',
       date='2025-02', url='https://www.yicaiglobal.com/star50news/2025_02_286798764695269408774'),
  dict(id='wikipedia-hikvision-2024-01', kind='public', title='Hikvision (English Wikipedia article, January 2024 snapshot)', publisher='Wikipedia contributors (Kiwix mirror)',
       date='2024-01', url='https://alem.dynip.sapo.pt/wiki/content/wikipedia_en_all_maxi_2024-01/A/Hikvision'),
  dict(id='iflytek-h1-2025', kind='public', title='科大讯飞股份有限公司2025年半年度报告摘要 (iFLYTEK 2025 half-year report summary)', publisher='iFLYTEK Co., Ltd. (published in Shanghai Securities News)',
       date='2025-08-22', url='https://paper.cnstock.com/html/2025-08/22/content_2107739.htm'),
  dict(id='longbridge-dahua-2026', kind='public', title='Zhejiang Dahua Technology Co.,Ltd. (002236.SZ)', publisher='Longbridge',
       date='2026-05-20', url='https://longbridge.com/en/quote/002236.SZ.md'),
  dict(id='treasury-jy0538-2021', kind='public', title='Treasury Identifies Eight Chinese Tech Firms as Part of The Chinese Military-Industrial Complex', publisher='U.S. Department of the Treasury (copy at FRASER, Federal Reserve Bank of St. Louis)',
       date='2021-12-16', url='https://fraser.stlouisfed.org/title/press-releases-united-states-department-treasury-6111/treasury-identifies-eight-chinese-tech-firms-part-chinese-military-industrial-complex-610206/fulltext'),
  dict(id='mohawk-el-2020-06', kind='public', title='33 Parties Added to Entity List for Chinese Violations and Risks', publisher='Mohawk Global Logistics',
       date='2020-06', url='https://mohawkglobal.com/trade-news/33-parties-added-entity-list-chinese-violations-risks/'),
  dict(id='fiveby-el-2020-06', kind='public', title='Bureau of Industry and Security Lists 33 Chinese Entities', publisher='FiveBy',
       date='2020-06', url='https://www.fiveby.com/bureau-of-industry-and-security-lists-33-chinese-entities/'),
  dict(id='winston-el-2019-10', kind='public', title='Twenty-Eight Chinese Entities Added to Entity List for Alleged Human Rights Abuse', publisher='Winston & Strawn LLP',
       date='2019-10-09', url='https://www.winston.com/en/blogs-and-podcasts/global-trade-and-foreign-policy-insights/twenty-eight-chinese-entities-added-to-entity-list-for-alleged-human-rights-abuse'),
  dict(id='cmtradelaw-el-2021-07', kind='public', title='Commerce Adds 23 Companies to Entity List Citing Forced Labor, Military Technology, and Sanctions Concerns', publisher='cmtradelaw.com',
       date='2021-07', url='https://www.cmtradelaw.com/2021/07/commerce-adds-23-companies-to-entity-list-citing-forced-labor-military-technology-and-sanctions-concerns/'),
  dict(id='chinadaily-2021-10-23', kind='public', title='US sanctions on tech companies groundless', publisher='China Daily',
       date='2021-10-23', url='https://www.chinadaily.com.cn/a/202110/23/WS6173541ba310cdd39bc70bb5.html'),
  dict(id='dahua-ar-2023', kind='public', title='浙江大华技术股份有限公司2023年年度报告 (Dahua 2023 annual report)', publisher='Zhejiang Dahua Technology Co., Ltd.',
       date='2024-04-16', url='https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=9977480&stockid=002236'),
  dict(id='fiberhome-2025-12-03', kind='public', title='烽火通信科技股份有限公司关于控股股东及一致行动人因可转债转股持股比例被动稀释后权益变动触及1%刻度的公告', publisher='FiberHome Telecommunication Technologies Co., Ltd. (SSE 600498 announcement 2025-075)',
       date='2025-12-03', url='http://61.152.230.22/news,600498,58642827.html'),
  dict(id='fiberhome-2021-06-24', kind='public', title='烽火通信科技股份有限公司关于间接控股股东增资控股子公司武汉飞思灵微电子技术有限公司暨关联交易的公告', publisher='FiberHome Telecommunication Technologies Co., Ltd. (SSE 600498 announcement 2021-031)',
       date='2021-06-24', url='https://q.stock.sohu.com/cn,gg,600498,7756169811.shtml'),
  dict(id='stockanalysis-600498', kind='public', title='Fiberhome Telecommunication Technologies Co., Ltd. (SHA:600498) statistics', publisher='Stock Analysis',
       date='2025-11-17', url='https://stockanalysis.com/quote/sha/600498/statistics'),
  dict(id='mdkpw-fiberhome', kind='public', title='烽火集團是國企還是央企', publisher='mdkpw.com',
       date='2024', url='https://mdkpw.com/baike/nzkynp.html'),
  dict(id='meiya-ar-2024-summary', kind='public', title='国投智能(厦门)信息股份有限公司2024年年度报告摘要 (formerly Meiya Pico)', publisher='SDIC Intelligence Xiamen Information Co., Ltd. (SZSE 300188, reprinted by 中财网)',
       date='2025-03-30', url='https://podms.com/p20250330000067.html'),
  dict(id='meiya-ar-2018', kind='public', title='厦门市美亚柏科信息股份有限公司2018年年度报告', publisher='Xiamen Meiya Pico Information Co., Ltd.',
       date='2019-03-23', url='https://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=5107898&stockid=300188'),
  dict(id='meiya-equity-change-2019', kind='public', title='厦门市美亚柏科信息股份有限公司详式权益变动报告书 (disclosing party: 国投智能科技有限公司)', publisher='Xiamen Meiya Pico Information Co., Ltd. (SZSE 300188 announcement)',
       date='2019-04-02', url='http://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=300188&id=5144476'),
  dict(id='cloudwalk-listing-2022', kind='public', title='云从科技集团股份有限公司首次公开发行股票科创板上市公告书 (STAR Market listing announcement)', publisher='CloudWalk Technology Co., Ltd.',
       date='2022-05-26', url='http://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=8249615&stockid=688327'),
  dict(id='intellifusion-ar-2023-summary', kind='public', title='深圳云天励飞技术股份有限公司2023年年度报告摘要', publisher='Shenzhen Intellifusion Technologies Co., Ltd. (published in Securities Daily)',
       date='2024-04-26', url='http://epaper.zqrb.cn/html/2024-04/26/content_1042477.htm?div=-1'),
  dict(id='leon-ar-2024', kind='public', title='立昂技术股份有限公司2024年年度报告', publisher='Leon Technology Co., Ltd.',
       date='2025-04', url='https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=11011239&stockid=300603'),
  dict(id='netposa-ar-2020-summary', kind='public', title='东方网力科技股份有限公司2020年年度报告摘要', publisher='NetPosa Technologies Co., Ltd. (SZSE 300367 announcement 2021-039)',
       date='2021-04-30', url='https://q.stock.sohu.com/cn,gg,300367,7278531721.shtml'),
  dict(id='megvii-prospectus-2021', kind='public', title='Megvii Technology Limited(旷视科技有限公司)首次公开发行存托凭证并在科创板上市招股说明书(注册稿)', publisher='Megvii Technology Limited',
       date='2021-09-30', url='https://www.fxbaogao.com/detail/2935880'),
  dict(id='sensetime-ar-2022', kind='public', title='SenseTime Group Inc. 商湯集團股份有限公司 Annual Report 2022', publisher='SenseTime Group Inc.',
       date='2023-04-26', url='https://www.scribd.com/document/650249716/2023042619160127110706769-en'),
  dict(id='zte-ar-2023', kind='public', title='中兴通讯股份有限公司二〇二三年年度报告 (ZTE Corporation 2023 annual report)', publisher='ZTE Corporation',
       date='2024-03-09', url='https://vip.stock.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?id=9864138&stockid=000063'),
  dict(id='zte-h1-2023-summary', kind='public', title='中兴通讯股份有限公司二〇二三年半年度报告摘要', publisher='ZTE Corporation',
       date='2023-08-18', url='http://money.finance.sina.com.cn/corp/view/vCB_AllBulletinDetail.php?stockid=000063&id=9420051'),
  dict(id='udn-huawei-holding-2025', kind='public', title='[title not shown in the excerpt read] UDN report on the registered-capital increase of Huawei Investment & Holding', publisher='聯合新聞網 (United Daily News)',
       date='2025-08-19', url='https://udn.com/news/story/7333/8947479'),
  dict(id='ittn-cetc-2019', kind='public', title='中国电子科技集团有限公司 (organisation profile)', publisher='ittn.com.cn',
       date='2019', url='http://ittn.com.cn/organization/2'),
  dict(id='yitu-ipo-summary-2021', kind='public', title='又一独角兽IPO终止:依图科技巨亏72亿 (summary of the Yitu Limited STAR Market application)', publisher='365股票网, from 企业上市法商研究院',
       date='2021-07-03', url='http://www.365gu.cn/caijing/2021070366849.html'),
  dict(id='commerce-el-2020-07', kind='public', title='Commerce Department Adds Eleven Chinese Entities Implicated in Human Rights Abuses in Xinjiang to the Entity List (press release, as republished)',
       publisher='U.S. Department of Commerce', date='2020-07-20', url='https://ananova.com/news/story/sm_2804667'),
]

def v(value, *src, lang=None):
    d = {'value': value, 'sources': list(src)}
    if lang: d['lang'] = lang
    return d

def add(eid, prop, value, *src, lang=None):
    e = ents[eid]
    e['properties'].setdefault(prop, []).append(v(value, *src, lang=lang))

TREASURY_NOTE = ('Identified by OFAC on 2021-12-16 as one of eight Chinese technology firms that, per Treasury, '
                 'actively support biometric surveillance and tracking of ethnic and religious minorities in China, '
                 'particularly the Uyghur minority in Xinjiang.')
# --- public-source claims on list entities
add('ts-hikvision', 'name', '杭州海康威视数字技术股份有限公司', 'hikvision-ar-2024', lang='zh')
add('ts-hikvision', 'alias', 'HANGZHOU HIK-VISION DIGITAL TECHNOLOGY CO.,LTD.', 'hikvision-ipo-2010')
add('ts-hikvision', 'alias', '海康威视', 'hikvision-ar-2024', lang='zh')
add('ts-hikvision', 'brand', 'HiLook', 'wikipedia-hikvision-2024-01')
add('ts-hikvision', 'brand', 'HiWatch', 'wikipedia-hikvision-2024-01')
add('ts-iflytek', 'name', '科大讯飞股份有限公司', 'iflytek-h1-2025', lang='zh')
add('ts-iflytek', 'alias', '科大讯飞', 'iflytek-h1-2025', lang='zh')
add('ts-iflytek', 'ticker', '002230', 'iflytek-h1-2025')
add('ts-dahua', 'alias', 'Zhejiang Dahua Technology Co.,Ltd.', 'longbridge-dahua-2026')
add('ts-dahua', 'ticker', '002236', 'longbridge-dahua-2026')
add('ts-dahua', 'website', 'dahuatech.com', 'longbridge-dahua-2026')
add('ts-mps-forensic-science', 'name', '公安部物证鉴定中心', 'fiveby-el-2020-06', lang='zh')
add('ts-xpcc-psb', 'name', '新疆生产建设兵团公安局', 'eu-reg-2020-1998#recordId-1', lang='zh')
add('ts-xpcc-psb', 'alias', 'Xinjiang Production and Construction Corps Public Security Bureau', 'eu-reg-2020-1998#recordId-1')
ents['ts-xpcc-psb']['designations'].append({'dataset': 'eu-reg-2020-1998', 'list': 'EU Global Human Rights Sanctions Regime, Annex I to Council Regulation (EU) 2020/1998',
    'authority': 'Council of the European Union', 'programs': ['EU-HR'], 'citations': ['Council Regulation (EU) 2020/1998'],
    'start': '2021-03-22', 'source': 'eu-reg-2020-1998#recordId-1', 'record': 'eu-reg-2020-1998:recordId-1', 'reason': 'asset freeze'})
# --- names and identifiers from filings (public sources read for this dataset)
add('ts-dahua', 'name', '浙江大华技术股份有限公司', 'dahua-ar-2023', lang='zh')
add('ts-dahua', 'alias', '大华股份', 'dahua-ar-2023', lang='zh')
add('ts-meiya-pico', 'name', '国投智能(厦门)信息股份有限公司', 'meiya-ar-2024-summary', lang='zh')
add('ts-meiya-pico', 'previousName', '厦门市美亚柏科信息股份有限公司', 'meiya-ar-2018', lang='zh')
add('ts-meiya-pico', 'alias', '美亚柏科', 'meiya-ar-2024-summary', lang='zh')
add('ts-meiya-pico', 'alias', '国投智能', 'meiya-ar-2024-summary', lang='zh')
add('ts-meiya-pico', 'ticker', '300188', 'meiya-ar-2024-summary')
add('ts-cloudwalk', 'name', '云从科技集团股份有限公司', 'cloudwalk-listing-2022', lang='zh')
add('ts-cloudwalk', 'alias', 'CloudWalk Technology Co., Ltd.', 'cloudwalk-listing-2022')
add('ts-cloudwalk', 'ticker', '688327', 'cloudwalk-listing-2022')
add('ts-cloudwalk', 'address', '广州市南沙区南沙街金隆路37号501房', 'cloudwalk-listing-2022', lang='zh')
add('ts-intellifusion', 'name', '深圳云天励飞技术股份有限公司', 'intellifusion-ar-2023-summary', lang='zh')
add('ts-intellifusion', 'alias', '云天励飞', 'intellifusion-ar-2023-summary', lang='zh')
add('ts-intellifusion', 'ticker', '688343', 'intellifusion-ar-2023-summary')
add('ts-leon', 'name', '立昂技术股份有限公司', 'leon-ar-2024', lang='zh')
add('ts-netposa', 'name', '东方网力科技股份有限公司', 'netposa-ar-2020-summary', lang='zh')
add('ts-netposa', 'alias', 'ST网力', 'netposa-ar-2020-summary', lang='zh')
add('ts-megvii', 'name', '旷视科技有限公司', 'megvii-prospectus-2021', lang='zh')
add('ts-megvii', 'alias', 'Megvii Technology Limited', 'megvii-prospectus-2021')
add('ts-megvii', 'address', 'PO Box 309, Ugland House, Grand Cayman KY1-1104, Cayman Islands', 'megvii-prospectus-2021')
add('ts-sensetime-group-inc', 'name', '商湯集團股份有限公司', 'sensetime-ar-2022', lang='zh')
add('ts-sensetime-group-inc', 'alias', 'SenseTime Group Inc.', 'sensetime-ar-2022')
add('ts-sensetime-group-inc', 'ticker', '0020', 'sensetime-ar-2022')
add('ts-sensetime-group-inc', 'jurisdiction', 'ky', 'sensetime-ar-2022')
add('ts-zte', 'name', '中兴通讯股份有限公司', 'zte-ar-2023', lang='zh')
add('ts-zte', 'alias', 'ZTE CORPORATION', 'zte-ar-2023')
add('ts-zte', 'ticker', '000063', 'zte-h1-2023-summary')
add('ts-zte', 'ticker', '763', 'zte-h1-2023-summary')
add('ts-zte', 'country', 'cn', 'zte-ar-2023')
add('ts-zte', 'website', 'zte.com.cn', 'zte-h1-2023-summary')
add('ts-yitu-limited', 'name', '依图科技有限公司', 'yitu-ipo-summary-2021', lang='zh')
add('ts-yitu-limited', 'alias', 'Yitu Limited', 'yitu-ipo-summary-2021')
add('ts-yitu-limited', 'address', '上海市长宁区娄山关路523号金虹桥国际中心1座23F', 'yitu-ipo-summary-2021', lang='zh')
add('ts-cetc', 'name', '中国电子科技集团有限公司', 'ittn-cetc-2019', lang='zh')
add('ts-cetc', 'alias', '中国电科', 'ittn-cetc-2019', lang='zh')
add('ts-cetc', 'previousName', '中国电子科技集团公司', 'ittn-cetc-2019', lang='zh')
add('ts-xpcc', 'alias', 'XINJIANG PRODUCTION AND CONSTRUCTION CORPS', 'us-ofac-sdn-2021#29299')
ents['ts-xpcc']['designations'].append({'dataset': 'us-ofac-sdn', 'list': 'Specially Designated Nationals and Blocked Persons List (SDN)',
    'authority': 'U.S. Department of the Treasury, Office of Foreign Assets Control', 'programs': ['GLOMAG'], 'citations': [],
    'source': 'us-ofac-sdn-2021#29299', 'record': 'us-ofac-sdn:29299'})
ents['ts-xpcc'].setdefault('sourceIds', []).append('us-ofac-sdn:29299')
ents['ts-xinjiang-psb-sdn'] = {'id': 'ts-xinjiang-psb-sdn', 'schema': 'PublicBody', 'properties': {
    'name': [v('XINJIANG PUBLIC SECURITY BUREAU', 'us-ofac-sdn-2021#29159')]},
    'designations': [{'dataset': 'us-ofac-sdn', 'list': 'Specially Designated Nationals and Blocked Persons List (SDN)',
        'authority': 'U.S. Department of the Treasury, Office of Foreign Assets Control', 'programs': ['GLOMAG'], 'citations': [],
        'source': 'us-ofac-sdn-2021#29159', 'record': 'us-ofac-sdn:29159'}],
    'sourceIds': ['us-ofac-sdn:29159']}
ents['ts-fiberhome-telecom'] = {'id': 'ts-fiberhome-telecom', 'schema': 'Company', 'properties': {
    'name': [v('Fiberhome Telecommunication Technologies Co., Ltd.', 'stockanalysis-600498'), v('烽火通信科技股份有限公司', 'fiberhome-2025-12-03', lang='zh')],
    'alias': [v('烽火通信', 'fiberhome-2025-12-03', lang='zh')],
    'country': [v('cn', 'fiberhome-2025-12-03')],
    'ticker': [v('600498', 'fiberhome-2025-12-03')]}}
ents['ts-cict'] = {'id': 'ts-cict', 'schema': 'Company', 'properties': {
    'name': [v('中国信息通信科技集团有限公司', 'fiberhome-2021-06-24', lang='zh')],
    'alias': [v('中国信科', 'fiberhome-2021-06-24', lang='zh')],
    'country': [v('cn', 'fiberhome-2021-06-24')]}}
ents['ts-sdic-intelligence'] = {'id': 'ts-sdic-intelligence', 'schema': 'Company', 'properties': {
    'name': [v('国投智能科技有限公司', 'meiya-equity-change-2019', lang='zh')],
    'address': [v('北京市西城区阜成门北大街6号', 'meiya-equity-change-2019', lang='zh')],
    'country': [v('cn', 'meiya-equity-change-2019')]}}
add('ts-fiberhome', 'alias', '烽火科技集团', 'mdkpw-fiberhome', lang='zh')

for eid in ['ts-cloudwalk', 'ts-sugon', 'ts-leon', 'ts-megvii', 'ts-netposa', 'ts-dji', 'ts-meiya-pico', 'ts-yitu-limited']:
    add(eid, 'notes', TREASURY_NOTE, 'treasury-jy0538-2021')
for eid in ['ts-urumqi-tianyao-weiye-information-technology-service']:
    add(eid, 'notes', 'Reported by China Daily as one of six Xinjiang information technology companies added to the Entity List on 2021-07-12.', 'chinadaily-2021-10-23')

# --- organisations known from public sources only
ents['ts-ezviz'] = {'id': 'ts-ezviz', 'schema': 'Company', 'properties': {
    'name': [v('Hangzhou EZVIZ Network Co., Ltd.', 'ezviz-listing-2022'), v('杭州萤石网络股份有限公司', 'ezviz-listing-2022', lang='zh')],
    'previousName': [v('杭州萤石网络有限公司', 'hikvision-ezviz-spinoff-2021', lang='zh')],
    'alias': [v('萤石网络', 'ezviz-listing-2022', lang='zh'), v('EZVIZ Network', 'yicai-hikvision-2025')],
    'brand': [v('EZVIZ', 'wikipedia-hikvision-2024-01')],
    'country': [v('cn', 'ezviz-listing-2022')],
    'address': [v('浙江省杭州市滨江区丹枫路399号2号楼B楼301室', 'ezviz-listing-2022', lang='zh')],
    'ticker': [v('688475', 'ezviz-listing-2022')]}}
ents['ts-hikrobot'] = {'id': 'ts-hikrobot', 'schema': 'Company', 'properties': {
    'name': [v('Hangzhou Hikvision Robot Technology Co., Ltd.', 'yicai-hikvision-2025')],
    'alias': [v('Hikvision Robot', 'yicai-hikvision-2025')],
    'country': [v('cn', 'yicai-hikvision-2025')]}}
ents['ts-cetc-hik-group'] = {'id': 'ts-cetc-hik-group', 'schema': 'Company', 'properties': {
    'name': [v('China Electronics Technology HIK Group Co., Ltd.', 'wikipedia-hikvision-2024-01')],
    'alias': [v('CET HIK Group', 'wikipedia-hikvision-2024-01')],
    'country': [v('cn', 'wikipedia-hikvision-2024-01')]}}

RELS = []
def rel(rid, frm, to, typ, share, *src):
    RELS.append({'id': rid, 'from': frm, 'to': to, 'type': typ, 'share': share, 'sources': list(src)})
rel('ts-rel-ezviz-hikvision', 'ts-ezviz', 'ts-hikvision', 'subsidiary', 'unknown', 'hikvision-ezviz-spinoff-2021', 'yicai-hikvision-2025')
rel('ts-rel-hikrobot-hikvision', 'ts-hikrobot', 'ts-hikvision', 'subsidiary', 'unknown', 'yicai-hikvision-2025')
rel('ts-rel-hikvision-cetc-hik-group', 'ts-hikvision', 'ts-cetc-hik-group', 'ownership', 38.88, 'wikipedia-hikvision-2024-01')
rel('ts-rel-cetc-hik-group-cetc', 'ts-cetc-hik-group', 'ts-cetc', 'subsidiary', 'unknown', 'wikipedia-hikvision-2024-01')
rel('ts-rel-fiberhome-starrysky-fiberhome', 'ts-fiberhome-starrysky', 'ts-fiberhome', 'subsidiary', 'unknown', 'mohawk-el-2020-06')
rel('ts-rel-sensenets-netposa', 'ts-sensenets', 'ts-netposa', 'subsidiary', 'unknown', 'mohawk-el-2020-06')
rel('ts-rel-fiberhome-telecom-fiberhome', 'ts-fiberhome-telecom', 'ts-fiberhome', 'subsidiary', 'unknown', 'fiberhome-2025-12-03', 'mdkpw-fiberhome')
rel('ts-rel-fiberhome-telecom-cict', 'ts-fiberhome-telecom', 'ts-cict', 'subsidiary', 'unknown', 'fiberhome-2021-06-24')
rel('ts-rel-meiya-pico-sdic-intelligence', 'ts-meiya-pico', 'ts-sdic-intelligence', 'ownership', 'unknown', 'meiya-equity-change-2019')
rel('ts-rel-huawei-huawei-holding-ownership', 'ts-huawei', 'ts-huawei-holding', 'ownership', 100.0, 'udn-huawei-holding-2025')
rel('ts-rel-xpcc-psb-xpcc', 'ts-xpcc-psb', 'ts-xpcc', 'unit', 'unknown', 'eu-reg-2020-1998#recordId-1')
for eid in sorted(ents):
    e = ents[eid]
    nm = e['properties']['name'][0]['value']
    if e['schema'] == 'PublicBody' and 'Public Security Bureau' in nm and eid not in ('ts-xuar-psb', 'ts-xpcc-psb', 'ts-shihezi-municipality-public-security-bureau'):
        rel('ts-rel-' + eid[3:] + '-xuar-psb', eid, 'ts-xuar-psb', 'unit', 'unknown', 'winston-el-2019-10')
rel('ts-rel-xinjiang-police-college-xuar-psb', 'ts-xinjiang-police-college', 'ts-xuar-psb', 'unit', 'unknown', 'winston-el-2019-10')
# links stated in the lists
for l in map(json.loads, open(sys.argv[3] if len(sys.argv) > 3 else '/tmp/rels.txt').read().splitlines()[1:]):
    target = {'HUAWEI TECHNOLOGIES CO., LTD': 'ts-huawei', 'HUAWEI INVESTMENT & HOLDING CO., LTD': 'ts-huawei-holding',
              'China Electronics Technology Group Corporation': 'ts-cetc', 'Huawei Investment & Holding Co., Ltd.': 'ts-huawei-holding',
              'Zhejiang Dahua Technology Co., Ltd': 'ts-dahua', 'Zhejiang Dahua Technology Co., Ltd.': 'ts-dahua'}[l['name']]
    typ = 'linked_to' if l['kind'] == 'linked' else 'subsidiary'
    rid = 'ts-rel-' + l['frm'][3:] + '-' + target[3:]
    old = next((r for r in RELS if r['id'] == rid), None)
    if old: old['sources'].append(l['src'])
    else: rel(rid, l['frm'], target, typ, 'unknown', l['src'])

FORCED_LABOUR = {'ts-aksu-huafu-textiles', 'ts-beijing-liuhe-bgi', 'ts-changji-esquel-textile', 'ts-hefei-bitland-information-technology',
    'ts-hefei-meiling', 'ts-hetian-haolin-hair-accessories', 'ts-hetian-taida-apparel', 'ts-hoshine-silicon-industry-shanshan', 'ts-ktk-group',
    'ts-nanchang-o-film-tech', 'ts-nanjing-synergy-textiles', 'ts-tanyuan-technology', 'ts-xinjiang-daqo-new-energy',
    'ts-xinjiang-east-hope-nonferrous-metals', 'ts-xinjiang-gcl-new-energy-material-technology', 'ts-xinjiang-silk-road-bgi'}

class Flow(list): pass
def flow_repr(dumper, data): return dumper.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=True)
class FlowMap(dict): pass
def flowmap_repr(dumper, data): return dumper.represent_mapping('tag:yaml.org,2002:map', data.items(), flow_style=True)
yaml.add_representer(Flow, flow_repr); yaml.add_representer(FlowMap, flowmap_repr)

def prefer_mixed_case_name(e):
    # OFAC writes names in capitals; when another list gives the same name in normal case, show that one
    names = e['properties'].get('name', [])
    if not names or not names[0]['value'].isupper(): return
    key = lambda s: ''.join(ch for ch in s.lower() if ch.isalnum())
    for a in e['properties'].get('alias', []):
        if not a['value'].isupper() and key(a['value']) == key(names[0]['value']):
            e['properties']['alias'].remove(a)
            e['properties']['alias'].insert(0, names[0])
            names[0] = a
            return

def shape(e):
    prefer_mixed_case_name(e)
    props = {}
    order = ['name', 'alias', 'previousName', 'brand', 'country', 'jurisdiction', 'address', 'uscCode', 'isinCode', 'ticker', 'registrationNumber', 'website', 'notes']
    for p in order:
        if p in e['properties']:
            props[p] = [FlowMap({**x, 'sources': Flow(x['sources'])}) for x in e['properties'][p]]
    out = {'id': e['id'], 'schema': e['schema'], 'properties': props}
    if e.get('designations'): out['designations'] = [FlowMap({k: (Flow(x) if isinstance(x, list) else x) for k, x in d.items()}) for d in e['designations']]
    if e.get('sourceIds'): out['sourceIds'] = Flow(e['sourceIds'])
    return out

def dump(path, header, sources, entities, rels):
    doc = {'topic': header[0], 'description': header[1], 'sources': [FlowMap(s) if False else s for s in sources],
           'entities': [shape(ents[i]) for i in sorted(entities)]}
    if rels: doc['relationships'] = [FlowMap({**r, 'sources': Flow(r['sources'])}) for r in rels]
    with open(path, 'w') as f:
        f.write('# ' + header[2] + '\n')
        yaml.dump(doc, f, allow_unicode=True, sort_keys=False, width=200, default_flow_style=False)

surv = [i for i in ents if i not in FORCED_LABOUR]
dump(outdir + '/xinjiang-surveillance.yaml',
     ('xinjiang-surveillance', 'Organisations of the Xinjiang surveillance system and their corporate families: Entity List (84 FR 54002, 84 FR 54004, 85 FR 34503, 86 FR 36496), NS-CMIC, DoD 1260H, FCC Covered List and NDAA 889 designations, with sourced names, identifiers and links.',
      'Curated dataset, topic: Xinjiang surveillance. Format and rules: data/curated/README.md. Every value cites a source.'),
     LIST_SOURCES + PUBLIC_SOURCES, surv, RELS)
dump(outdir + '/xinjiang-forced-labour.yaml',
     ('xinjiang-forced-labour', 'Companies added to the Entity List for forced labour, genetic collection or polysilicon in Xinjiang (85 FR 34503, 85 FR 44159, 86 FR 33120).',
      'Curated dataset, topic: Xinjiang forced labour. Sources are declared in xinjiang-surveillance.yaml. Format and rules: data/curated/README.md.'),
     [], FORCED_LABOUR, [])
