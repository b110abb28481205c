#!/usr/bin/env python3
"""Drafts the list-sourced entries of data/curated/xinjiang-lists.yaml from the shared list files.

Used to draft entries; every value written is cited to the list row it comes from. Organisations
that several lists name are merged only where the lists themselves tie the rows together (identical
names, one list's alias equal to another list's name, or the same street address): see MERGE.
Run from the repository root:  python3 data/curated/tools/draft_from_lists.py ../shared/data
"""
import csv, json, re, sys

L = (sys.argv[1] if len(sys.argv) > 1 else '../shared/data') + '/lists/'
NOTICES = ('84 FR 54002', '84 FR 54004', '85 FR 34505', '85 FR 44159', '86 FR 33120', '86 FR 36496')
# 86 FR 36496 and 85 FR 34503/34505 also added non-Xinjiang parties; only the Xinjiang-related
# ones are kept (BIS/press lists of the 14 and the 9; see the sources in xinjiang-surveillance.yaml)
XJ_36496 = ['China Academy of Electronics and Information Technology', 'Xinjiang Lianhai Chuangzhi',
            'Leon Technology', 'Xinjiang Tangli', 'Shenzhen Cobber', 'Xinjiang Sailing', 'Beijing Geling Shentong',
            'Tongfang R.I.A.', "Shenzhen Hua'antai", 'Chengdu Xiwu', 'Beijing Sinonet', 'Suzhou Keda',
            'Xinjiang Beidou Tongchuang', 'Urumqi Tianyao Weiye']
XJ_34505 = ['Aksu Huafu', 'CloudWalk', 'FiberHome Technologies', 'IS?Vision', 'Intellifusion', 'Institute of Forensic Science']

# curated id -> rows of several lists that are the same organisation, and the reason
MERGE = {
  'ts-hikvision': dict(csl=['f095626c9f'], ofac=['30946'], h=['Hangzhou Hikvision Digital Technology Co., Ltd.'],
                       fcc=['Hangzhou Hikvision Digital Technology Company'], s889=['Hangzhou Hikvision Digital Technology Company'], schema='Company'),
  'ts-dahua': dict(csl=['f85aef98e8'], h=['Zhejiang Dahua Technology Co., Ltd.'], fcc=['Dahua Technology Company'],
                   s889=['Dahua Technology Company'], schema='Company'),
  'ts-cetc': dict(ofac=['30936'], h=['China Electronics Technology Group Corporation'], schema='Company'),
  'ts-huawei': dict(ofac=['30947'], h=['Huawei Technologies Co., Ltd.'], fcc=['Huawei Technologies Company'],
                    s889=['Huawei Technologies Company'], schema='Company'),
  'ts-huawei-holding': dict(ofac=['32087'], h=['Huawei Investment & Holding Co., Ltd.'], schema='Company'),
  'ts-megvii': dict(csl=['cd95318af1'], ofac=['33091'], schema='Company'),
  'ts-cloudwalk': dict(csl=['9c592784f8'], ofac=['33112'], h=['CloudWalk Technology Co., Ltd.', 'CloudWalk Technology Co., Ltd'], schema='Company'),
  'ts-netposa': dict(csl=['ca8666de60'], ofac=['33895'], h=['NetPosa Technologies, Ltd.'], schema='Company'),
  'ts-leon': dict(csl=['688b9d2d48'], ofac=['33894'], schema='Company'),
  'ts-meiya-pico': dict(csl=['beb3bb134c'], ofac=['33896'], schema='Company'),
  'ts-sugon': dict(ofac=['33113'], h=['Dawning Information Industry Co., Ltd.'], schema='Company'),
  'ts-inspur': dict(ofac=['30949'], h=['Inspur Group Co., Ltd.'], schema='Company'),
  'ts-yitu-limited': dict(ofac=['33893'], schema='Company'),
  'ts-sensetime-group-limited': dict(ofac=['33114'], schema='Company'),
  'ts-dji': dict(ofac=['33111'], h=['SZ DJI Technology Co., Ltd.'], schema='Company'),
  'ts-proven-glory': dict(ofac=['32089'], schema='Company'),
  'ts-proven-honour': dict(ofac=['32091'], schema='Company'),
  'ts-sensetime-group-inc': dict(h=['SenseTime Group, Inc.'], schema='Company'),
  'ts-beijing-megvii': dict(h=['Beijing Megvii Technology Co., Ltd.'], schema='Company'),
  'ts-shanghai-yitu': dict(h=['Shanghai Yitu Network Technology Co., Ltd.'], schema='Company'),
  'ts-chengdu-dahua-wisdom': dict(h=['Chengdu Dahua Wisdom Information Technology Co., Ltd.'], schema='Company'),
  'ts-zte': dict(fcc=['ZTE Corporation'], s889=['ZTE Corporation'], schema='Company'),
  'ts-hytera': dict(fcc=['Hytera Communications Corporation'], s889=['Hytera Communications Corporation'], schema='Company'),
  'ts-xpcc': dict(csl=['38c951ed56'], schema='PublicBody'),
  'ts-xpcc-psb': dict(csl=['fb4f8c9bd2'], schema='PublicBody'),
  'ts-xuar-psb': dict(csl=['6c458947aa'], schema='PublicBody'),
  'ts-caeit': dict(csl=['28c8e14f99', '2f6b351b51'], schema='Organization'),
  'ts-kedacom': dict(csl=['658596a709', 'eb03b73157'], schema='Company'),
  'ts-iflytek': dict(csl=['a09e83dc7e'], schema='Company'),
  'ts-beijing-sensetime': dict(csl=['caeb24bb90'], schema='Company'),
  'ts-yitu-technologies': dict(csl=['93afb5a682'], schema='Company'),
  'ts-fiberhome': dict(csl=['064bde53d8'], schema='Company'),
  'ts-fiberhome-starrysky': dict(csl=['4aaec7ab27'], schema='Company'),
  'ts-sensenets': dict(csl=['a72499b875'], schema='Company'),
  'ts-intellifusion': dict(csl=['74afb9c647'], schema='Company'),
  'ts-lianhai-chuangzhi': dict(csl=['dd27dd580a'], schema='Company'),
  'ts-mps-forensic-science': dict(csl=['aae680d264'], schema='PublicBody'),
  'ts-xinjiang-police-college': dict(csl=['f749d9575f'], schema='PublicBody'),
}
H_PARENTS = {'China Electronics Technology Group Corporation', 'Zhejiang Dahua Technology Co., Ltd',
             'Zhejiang Dahua Technology Co., Ltd.', 'Huawei Investment & Holding Co., Ltd.'}

def fix(s):
    s = re.sub(r'(?<=[A-Za-z])\?(?=[A-Za-z])', "'", s.strip())
    return s.rstrip(', ').strip()

def slug(name):
    s = fix(name).lower().replace("'", '')
    s = re.sub(r'\b(co|ltd|limited|company|inc)\b\.?', ' ', s)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return 'ts-' + s

def split_alts(s):
    out = []
    for part in re.split(r';\s*|,\s+and\s+', s or ''):
        part = re.sub(r'^and\s+', '', part.strip())
        for p in re.split(r'\s+and\s+(?=[A-Z])', part) if ' and ' in part and part.count(' and ') == 1 and len(part) > 60 else [part]:
            if p.strip(): out.append(fix(p))
    return out

def schema_for(name):
    if re.search(r'Public Security Bureau|Police College|Institute of Forensic|Production and Construction', name): return 'PublicBody'
    return 'Company'

csl = [r for r in csv.DictReader(open(L + 'us-csl/consolidated-2022-05.csv', encoding='utf-8')) if r['source'].startswith('Entity List')]
def keep(r):
    first = r['federal_register_notice'].split(';')[0].strip()
    if first not in NOTICES: return False
    if first == '86 FR 36496': return any(k in r['name'] for k in XJ_36496)
    if first == '85 FR 34505': return any(k in r['name'] for k in XJ_34505)
    return True
csl = [r for r in csl if keep(r)]
prim = {r[0]: r for r in csv.reader(open(L + 'us-ofac-consolidated/cons_prim.csv', encoding='utf-8')) if len(r) > 11}
alt = {}
for r in csv.reader(open(L + 'us-ofac-consolidated/cons_alt.csv', encoding='utf-8')):
    if len(r) > 3: alt.setdefault(r[0], []).append(r[3].strip())
add = {}
for r in csv.reader(open(L + 'us-ofac-consolidated/cons_add.csv', encoding='utf-8')):
    if len(r) > 4: add.setdefault(r[0], []).append(r)
h_rows = list(csv.DictReader(open(L + 'us-dod-1260h/1260h.csv', encoding='utf-8')))
fcc = list(csv.DictReader(open(L + 'us-fcc-covered/data-2024-04-19.csv', encoding='utf-8-sig'), delimiter=';'))
s889 = list(csv.DictReader(open(L + 'us-ndaa/section_889.csv', encoding='utf-8')))

ents = {}   # id -> dict(schema, props: {prop: [(value, [src])]}, des: [...], sids: [])
def ent(i, schema):
    return ents.setdefault(i, dict(schema=schema, props={}, des=[], sids=[]))
def prop(e, p, v, src, lang=None):
    v = v.strip() if v else v
    if not v or v == '-0-': return
    for x in e['props'].setdefault(p, []):
        if x[0].lower() == v.lower() and p in ('name', 'alias'):
            if src not in x[1]: x[1].append(src)
            return
        if x[0] == v:
            if src not in x[1]: x[1].append(src)
            return
    e['props'][p].append([v, [src], lang])

def owner_of(kind, key):
    for i, m in MERGE.items():
        for k in m.get(kind, []):
            if (kind == 'csl' and key.startswith(k)) or key == k: return i
    return None

rels = []
# --- CSL Entity List rows
for r in csl:
    i = owner_of('csl', r['_id']) or slug(r['name'])
    e = ent(i, MERGE.get(i, {}).get('schema') or schema_for(r['name']))
    src = 'us-csl-2022-05#' + r['_id']
    has_name = bool(e['props'].get('name'))
    prop(e, 'alias' if has_name else 'name', fix(r['name']), src)
    for a in split_alts(r['alt_names']): prop(e, 'alias', a, src)
    for a in (r['addresses'] or '').split('; '):
        if a.strip():
            prop(e, 'address', fix(a), src)
            cc = a.strip()[-2:]
            if re.fullmatch(r'[A-Z]{2}', cc): prop(e, 'country', cc.lower(), src)
    e['des'].append(dict(dataset='us-bis-entity-list', list=r['source'], authority='U.S. Department of Commerce, Bureau of Industry and Security',
        citations=[c.strip() for c in r['federal_register_notice'].split(';')], start=r['start_date'] or None,
        source=src, record='us-csl:' + r['_id'], reason=None))
    e['sids'].append('us-csl:' + r['_id'])

def remark_parts(rem):
    return [p.strip().rstrip('.') for p in rem.split(';')]

# --- OFAC NS-CMIC rows
MON = dict(Jan='01', Feb='02', Mar='03', Apr='04', May='05', Jun='06', Jul='07', Aug='08', Sep='09', Oct='10', Nov='11', Dec='12')
def dmy(s):
    m = re.match(r'(\d{2}) (\w{3}) (\d{4})', s)
    return f'{m.group(3)}-{MON[m.group(2)]}-{m.group(1)}' if m else None
for i, m in MERGE.items():
    for num in m.get('ofac', []):
        r = prim[num]; e = ent(i, m['schema']); src = 'us-ofac-cons-2025-12#' + num
        prop(e, 'alias' if e['props'].get('name') else 'name', r[1].strip(), src)
        for a in alt.get(num, []): prop(e, 'alias', a, src)
        start = None
        for p in remark_parts(r[11]):
            p2 = re.sub(r'^alt\. ', '', p)
            if p2.startswith('Unified Social Credit Code (USCC) '): prop(e, 'uscCode', p2.split()[5], src)
            elif p2.startswith('Equity Ticker '): prop(e, 'ticker', p2[len('Equity Ticker '):].strip(), src)
            elif p2.startswith('ISIN '): prop(e, 'isinCode', p2[5:].strip(), src)
            elif p2.startswith('Issuer Name '): prop(e, 'alias', p2[len('Issuer Name '):].strip(), src)
            elif p2.startswith("a.k.a. '"): prop(e, 'alias', p2[8:].strip("'"), src)
            elif p2.startswith('C.R. No. '): prop(e, 'registrationNumber', p2[9:].split(' (')[0], src)
            elif p2.startswith('Listing Date (CMIC) '): start = dmy(p2[len('Listing Date (CMIC) '):])
            elif p2.startswith('Linked To: '):
                rels.append(dict(kind='linked', frm=i, name=p2[len('Linked To: '):].strip(), src=src))
        for a in add.get(num, []):
            parts = [x for x in a[2:5] if x and x.strip() != '-0-']
            prop(e, 'address', ', '.join(x.strip() for x in parts), src)
        e['des'].append(dict(dataset='us-ofac-ns-cmic', list='Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)',
            authority='U.S. Department of the Treasury, Office of Foreign Assets Control', programs=['CMIC-EO13959'],
            citations=['E.O. 13959, as amended by E.O. 14032'], start=start, source=src, record='us-ofac-cons:' + num))
        e['sids'].append('us-ofac-cons:' + num)

# --- DoD 1260H rows (every edition is a designation)
def h_owner(r):
    for i, m in MERGE.items():
        if r['Clean Name'].strip() in m.get('h', []) or re.sub(r' \(.*\)$', '', r['Clean Name'].strip()) in m.get('h', []): return i
    if r['Parent Name'].strip() in H_PARENTS: return slug(r['Clean Name'])
    return None
for n, r in enumerate(h_rows, start=1):
    i = h_owner(r)
    if not i: continue
    e = ent(i, MERGE.get(i, {}).get('schema', 'Company')); src = f'us-dod-1260h#row-{n}'
    nm = re.sub(r' \(Sugon\)$', '', r['Clean Name'].strip())
    prop(e, 'alias' if e['props'].get('name') else 'name', nm, src)
    if r['Alias'].strip(): prop(e, 'alias', r['Alias'].strip(), src)
    if r['Previous Name'].strip(): prop(e, 'previousName', r['Previous Name'].strip(), src)
    if r['Parent Name'].strip(): rels.append(dict(kind='parent', frm=i, name=r['Parent Name'].strip(), src=src))
    d = dict(dataset='us-dod-1260h', list='Entities Identified as Chinese Military Companies Operating in the United States (Section 1260H)',
        authority='U.S. Department of Defense', citations=['NDAA FY2021 §1260H (Pub. L. 116-283)'], start=r['Start date'] or None,
        end=r['End date'] or None, source=src, record=f'us-dod-1260h:row-{n}', url=r['Source Url'].strip() or None)
    e['des'].append(d)

for n, r in enumerate(fcc, start=1):
    i = owner_of('fcc', r['Entity Name'].strip())
    if not i: continue
    e = ent(i, 'Company'); src = f'us-fcc-covered-2024-04#row-{n}'
    prop(e, 'alias' if e['props'].get('name') else 'name', r['Entity Name'].strip(), src)
    mo = re.match(r'(\w+) (\d+), (\d{4})', r['Date of Inclusion on Covered List'])
    months = ['January','February','March','April','May','June','July','August','September','October','November','December']
    start = f'{mo.group(3)}-{months.index(mo.group(1))+1:02d}-{int(mo.group(2)):02d}'
    e['des'].append(dict(dataset='us-fcc-covered-list', list='FCC Covered List', authority='Federal Communications Commission',
        programs=['FCC Covered List'], citations=[], start=start, source=src, record=f'us-fcc-covered:row-{n}',
        reason=r['Covered Equipment or Services'].strip()))
for n, r in enumerate(s889, start=1):
    i = owner_of('s889', r['name'].strip())
    if not i: continue
    e = ent(i, 'Company'); src = f'us-ndaa-889#row-{n}'
    prop(e, 'alias' if e['props'].get('name') else 'name', r['name'].strip(), src)
    e['des'].append(dict(dataset='us-ndaa-889', list='NDAA FY2019 Section 889', authority=r['authority'],
        programs=['NDAA-889'], citations=['Pub. L. 115-232, §889'], start=None, source=src, record=f'us-ndaa-889:row-{n}'))

q = lambda s: json.dumps(s, ensure_ascii=False)
out = ['# Drafted by tools/draft_from_lists.py from the shared list files; every value cites its list row.', 'entities:']
for i in sorted(ents):
    e = ents[i]
    out.append(f'  - id: {i}\n    schema: {e["schema"]}\n    properties:')
    for p in ['name', 'alias', 'previousName', 'country', 'address', 'uscCode', 'isinCode', 'ticker', 'registrationNumber']:
        if p not in e['props']: continue
        out.append(f'      {p}:')
        for v, srcs, lang in e['props'][p]:
            out.append(f'        - {{value: {q(v)}, sources: [{", ".join(srcs)}]}}')
    out.append('    designations:')
    for d in e['des']:
        parts = [f'dataset: {d["dataset"]}', f'list: {q(d["list"])}', f'authority: {q(d["authority"])}']
        if d.get('programs'): parts.append(f'programs: {q(d["programs"])}')
        parts.append(f'citations: {q(d["citations"])}')
        if d.get('start'): parts.append(f'start: {q(d["start"])}')
        if d.get('end'): parts.append(f'end: {q(d["end"])}')
        parts.append(f'source: {q(d["source"])}'); parts.append(f'record: {q(d["record"])}')
        if d.get('url'): parts.append(f'url: {q(d["url"])}')
        if d.get('reason'): parts.append(f'reason: {q(d["reason"])}')
        out.append('      - {' + ', '.join(parts) + '}')
    sids = [s for s in e['sids']]
    if sids: out.append(f'    sourceIds: {q(sids)}')
print('\n'.join(out))
print('# list-stated links (resolved by name when drafting relationships):', file=sys.stderr)
for r in rels: print(json.dumps(r, ensure_ascii=False), file=sys.stderr)
