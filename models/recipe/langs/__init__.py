"""Per-language data for `gen_data.py`: one module per language (`fr.py`, `zh.py`, ...).

en, de, nl and ja live inside `gen_data.py` (they came first); every language added since is a
module here, plain data only, read by the generic fillers in `gen_data.py`. A module defines:

Script and numbers
- `CODE`: the language code (`"fr"`); `LOCALES`: Faker locales (faker 40.54.0) for person
  names, cities and company names (`["fr_FR", "fr_CA"]`); `SPACED`: False where words are not
  separated by spaces (zh); `DECIMAL`, `GROUP`: decimal and thousands separators (`","`, `" "`).

Name pools (each a list of surface strings; real names are welcome, invented ones too)
- `ORGS`: >= 120 companies and organisations as reporters of this language write them, local
  ones and foreign ones in their local form (`微软`, `마이크로소프트`);
  `ORG_SUFFIXES`: legal/group suffixes appended to invented stems (`SA`, `S.p.A.`, `集团`);
  `INVENTED`: >= 30 invented company stems that look at home in this language;
  `INSTITUTIONS`: >= 20 regulators, ministries, central banks, statistics offices, unions, exchanges.
- `PEOPLE`: >= 30 well-known real people written as this language writes them (other person
  names come from Faker).
- `PLACES`: >= 60 places (countries, regions, cities) as written here; `LOC_SPAN`: a dict from a
  surface that carries an article to its span (`{"la France": "France"}`).
- `PRODUCTS` (>= 30), `EVENTS` (>= 10) with `EVENTS_SPAN` (like `LOC_SPAN`),
  `NATIONALITIES` (MISC adjectives, >= 15), `INDICES` (stock indices, MISC, >= 6).
- `NOT_NAMES`: `{"ORG": [...], "PER": [...], "LOC": [...]}` noun phrases that stand where names
  stand but are no names (`l'entreprise`, `le gouvernement`, `该公司`, `政府`): labelled O.

Values (format strings; `{n}` a number the generator draws and writes with DECIMAL/GROUP)
- `MONTHS` (12), `WEEKDAYS` (7), `ORDINALS` (4: first..fourth as used for quarters).
- `DATES`: formats with `{d}` day, `{m}` month number, `{mm}` two-digit month, `{M}` month
  name, `{y}` year, `{W}` weekday; relative dates as plain strings (`"hier"`, `"l'an dernier"`).
- `PERIODS`, `EDGES`: named quarters/halves/fiscal years and period edges; a `|` splits what
  stays outside the span from the span (`"au |{o} trimestre {y}"`, `"|fin {y}"`); `{o}` ordinal,
  `{q}` quarter number 1-4, `{y}` year. EDGES follow words such as since/by/until.
- `SCALES` (`milliards`, `亿`), `MONEY` (`"{n} {s} d'euros"`, `"{n}{s}美元"`, `"{n} euros"`:
  `{s}` a scale), `PERCENT` (`"{n} %"`), `NUMWORDS` (small numbers written as words or digits),
  `DURATIONS` (`"{n} ans"`), `QUANTITIES` (`"{n} gigawatts"`), `COUNTS` (`"{n} salariés"`,
  `"{n}万名员工"`), `COUNT_WORDS` (counts without digits: `"des centaines de milliers de
  clients"`), `POINTS` (index levels: `"{n} points"`).

Sentences (slots `{ORG} {PER} {LOC} {PRODUCT} {EVENT} {MONEY} {PERCENT} {DATE} {DURATION}
{QUANTITY} {COUNT} {PERIOD} {EDGE} {POINTS} {INDEX} {NAT}`; Korean particles after a slot as
`{은/는}` `{이/가}` `{을/를}` `{과/와}` `{으로/로}`: the generator picks the form that fits the
filled name's last syllable)
- `TEMPLATES`: >= 80 lines, news-shaped, one per line (a multi-line string).
- `HEADLINES` (>= 12), `DATELINES` (>= 3, with `{LOC}`/`{DATE}`), `NEGATIVES`: >= 30 lines with
  no name at all (furniture, captions, bylines, generic sentences).
Chinese only: `ORGS_TW`, `PEOPLE_TW`, `PLACES_TW`: the names as Taiwan/Hong Kong reporting
writes them (`輝達`, `台積電`); the generator writes a share of Chinese sentences in Traditional
script (OpenCC s2t) and fills them from these pools.
"""
