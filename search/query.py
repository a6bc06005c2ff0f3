"""khabar's query language: whoosh-reloaded's ``qparser`` parses it, this module turns the parsed
tree into a ``tantivy.Query``.

The language (see docs/query-language.md):

    صواريخ الأنبار              all words (AND is the default)
    صاروخ OR قذيفة / صاروخ أو قذيفة     either; أو and a lone و (AND) are operators only as separate words
    NOT هاون / -هاون            without
    "عين الأسد" / "عين الأسد"~2   phrase, optionally with slop
    title:غارة body:…           field scopes
    صاروخ*  صاروخ~  صاروخ~2     prefix, fuzzy
    =الصواريخ                   exact form: normalisation only, no stemming
    weapon:drone weapon:مسيرة location:العراق source:okaz
    date:2015-07-21  date:2015-07-01..2015-07-31  date:>=2015-08-01  event:2015-07
    sort:date  sort:-date

Whoosh parses with khabar's tokenizer yielding surface forms; each word is then analysed here
into its exact and stem terms, so the query and the index always agree.
"""

from __future__ import annotations

import re
from datetime import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

import tantivy
from whoosh import query as wq
from whoosh.analysis import Token as WhooshToken
from whoosh.analysis import Tokenizer
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import FuzzyTermPlugin, OperatorsPlugin, PlusMinusPlugin, QueryParser, SingleQuotePlugin

from analyzers import Analyzer
from analyzers.tokenize import iter_tokens
from analyzers.whoosh_analyzer import whole_value_token

from .dates import DateValueError, Interval, parse_interval

TEXT_FIELDS = {"title": ("title",), "body": ("body",), "text": ("title", "body"), "exact": ("title", "body")}
FILTER_FIELDS = ("weapon", "location", "source", "date", "event", "sort")
KNOWN_FIELDS = tuple(f for f in TEXT_FIELDS if f != "text") + FILTER_FIELDS

TITLE_BOOST = 2.0
EXACT_BOOST = 1.5  # the form as typed ranks above its variants
PROXIMITY_SLOP = 3  # words of an AND within this many positions get the proximity bonus
PROXIMITY_BOOST = 1.0

EXACT_OPERATOR = re.compile(r"(^|(?<=[\s(]))=(?=\S)")
# A user's ``field:`` that names no field is caught before whoosh, which would read it as text.
FIELD_PREFIX = re.compile(r"(^|(?<=[\s(\-+]))([A-Za-z_]+):(?=\S)")


class QueryError(ValueError):
    """A query that cannot be run, with where in the query and what to do."""

    def __init__(self, message: str, query: str = "", position: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.query = query
        self.position = position

    def __str__(self) -> str:
        if self.position is None:
            return self.message
        return f"{self.message} (at character {self.position + 1})"

    def caret(self) -> str:
        """The query with a caret under the offending position, for terminals."""
        if self.position is None:
            return self.query
        return f"{self.query}\n{' ' * self.position}^"


class SurfaceTokenizer(Tokenizer):
    """Whoosh tokenizer giving khabar's tokens as written; analysis happens at translation."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = WhooshToken(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            yield whole_value_token(token, value, positions, chars, start_pos, start_char)
            return
        for i, match in enumerate(iter_tokens(value)):
            token.text = token.original = match.group()
            token.boost, token.stopped = 1.0, False
            if positions:
                token.pos = start_pos + i
            if chars:
                token.startchar, token.endchar = start_char + match.start(), start_char + match.end()
            yield token


def _whoosh_parser() -> QueryParser:
    surface = SurfaceTokenizer()
    schema = Schema(
        text=TEXT(analyzer=surface), title=TEXT(analyzer=surface), body=TEXT(analyzer=surface),
        exact=TEXT(analyzer=surface), **{name: ID for name in FILTER_FIELDS},
    )
    parser = QueryParser("text", schema)
    parser.remove_plugin_class(SingleQuotePlugin)  # an apostrophe in pasted text is text
    parser.add_plugin(PlusMinusPlugin(plusexpr=r"(^|(?<=[\s(]))\+", minusexpr=r"(^|(?<=[\s(]))-(?=\S)"))
    parser.add_plugin(FuzzyTermPlugin())
    parser.replace_plugin(
        OperatorsPlugin(And=r"(?<=\s)(AND|و)(?=\s)", Or=r"(?<=\s)(OR|أو|او)(?=\s)", AndNot=r"(?<=\s)ANDNOT(?=\s)")
    )
    return parser


@dataclass
class Highlight:
    """What a hit's text is marked with: exact terms, stem terms and term prefixes of the query."""

    exact: set[str] = field(default_factory=set)
    stem: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)


@dataclass
class ParsedQuery:
    """A query ready for Tantivy: what to match, how to sort, what to highlight."""

    text: str
    query: tantivy.Query
    has_text: bool  # False when only filters were given (then results sort by date)
    sort: str | None = None  # "date" (oldest first), "-date" (newest first) or None (relevance)
    highlight: Highlight = field(default_factory=Highlight)
    location_paths: list[tuple[str, ...]] = field(default_factory=list)  # location filters, for drilling


@dataclass
class FacetResolvers:
    """How facet values typed by users become indexed values (supplied by the index)."""

    weapon: Callable[[str], str | None]
    weapon_names: Callable[[], list[str]]
    location: Callable[[str], tuple[str, ...] | None]
    sources: Callable[[], list[str]]


class QueryTranslator:
    """Parses query text and translates it into a ``tantivy.Query``."""

    def __init__(self, schema: tantivy.Schema, analyzer: Analyzer, resolvers: FacetResolvers) -> None:
        self.schema = schema
        self.analyzer = analyzer
        self.resolvers = resolvers
        self.parser = _whoosh_parser()

    # -- entry points ----------------------------------------------------------------------------

    def parse(self, text: str, *, syntax: bool = True) -> ParsedQuery:
        """Parse ``text``; with ``syntax=False`` every character is text and nothing an operator."""
        if not syntax:
            return self._plain(text)
        self._check_syntax(text)
        prepared = EXACT_OPERATOR.sub("exact:", text)
        try:
            tree = self.parser.parse(prepared)
        except Exception as error:  # whoosh raises assorted errors on odd input
            raise QueryError(f"cannot parse the query: {error}", text) from None
        parsed = ParsedQuery(text=text, query=tantivy.Query.all_query(), has_text=False)
        tree = self._take_sort(tree, parsed)
        parsed.query = self._translate(tree, parsed) if tree is not None else tantivy.Query.all_query()
        return parsed

    def _plain(self, text: str) -> ParsedQuery:
        parsed = ParsedQuery(text=text, query=tantivy.Query.all_query(), has_text=False)
        clauses = [self._word(w.group(), ("title", "body"), parsed) for w in iter_tokens(text)]
        clauses = [c for c in clauses if c is not None]
        if clauses:
            # Pasted sentences: any word may match, the more the better (like a "match" query).
            parsed.query = tantivy.Query.boolean_query([(tantivy.Occur.Should, c) for c in clauses])
            parsed.has_text = True
        return parsed

    # -- checks ----------------------------------------------------------------------------------

    def _check_syntax(self, text: str) -> None:
        quotes = [i for i, c in enumerate(text) if c == '"']
        if len(quotes) % 2:
            raise QueryError('unfinished phrase: a " is not closed (close it, or search with syntax off)', text, quotes[-1])
        depth = 0
        for i, c in enumerate(text):
            if c == '"':
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth < 0:
                    raise QueryError("a ) closes a group that was never opened", text, i)
        if depth > 0:
            raise QueryError("a ( opens a group that is never closed", text, text.rindex("("))
        for match in FIELD_PREFIX.finditer(text):
            name = match.group(2)
            if name not in KNOWN_FIELDS:
                raise QueryError(
                    f"unknown field {name!r}; fields are: {', '.join(KNOWN_FIELDS)}", text, match.start(2)
                )

    # -- translation -----------------------------------------------------------------------------

    def _take_sort(self, node, parsed: ParsedQuery):
        """Remove ``sort:`` clauses from the tree, recording them on ``parsed``."""
        if isinstance(node, wq.Term) and node.fieldname == "sort":
            value = str(node.text).strip()
            if value not in ("date", "-date", "score", "relevance"):
                raise QueryError(f"unknown sort {value!r}; use sort:date, sort:-date or sort:score", parsed.text)
            parsed.sort = value if value in ("date", "-date") else None
            return None
        if isinstance(node, wq.compound.BinaryQuery):
            a, b = self._take_sort(node.a, parsed), self._take_sort(node.b, parsed)
            if a is None or b is None:
                return a if b is None else (None if isinstance(node, wq.AndNot) else b)
            return node.__class__(a, b)
        if isinstance(node, wq.compound.CompoundQuery):
            kept = [c for c in (self._take_sort(c, parsed) for c in node.subqueries) if c is not None]
            if not kept:
                return None
            return kept[0] if len(kept) == 1 else node.__class__(kept)
        return node

    def _translate(self, node, parsed: ParsedQuery) -> tantivy.Query:
        Occur = tantivy.Occur
        if isinstance(node, wq.And):
            query = self._boolean([(Occur.Must, c) for c in node.subqueries], parsed)
            return self._with_proximity(query, node.subqueries)
        if isinstance(node, wq.Or):
            return self._boolean([(Occur.Should, c) for c in node.subqueries], parsed)
        if isinstance(node, wq.AndNot):
            return self._boolean([(Occur.Must, node.a), (Occur.MustNot, node.b)], parsed)
        if isinstance(node, wq.AndMaybe):
            return self._boolean([(Occur.Must, node.a), (Occur.Should, node.b)], parsed)
        if isinstance(node, wq.Not):
            inner = self._translate(node.query, _unhighlighted(parsed))
            return tantivy.Query.boolean_query([(Occur.Must, tantivy.Query.all_query()), (Occur.MustNot, inner)])
        if isinstance(node, wq.Every) or node is wq.NullQuery:
            return tantivy.Query.all_query()
        if isinstance(node, wq.TermRange) and node.fieldname in ("date", "event"):
            return self._date_filter(node.fieldname, f"{node.start or ''}..{node.end or ''}", parsed)
        field_name = getattr(node, "fieldname", "text")
        if field_name in FILTER_FIELDS:
            return self._filter(node, parsed)
        fields = TEXT_FIELDS.get(field_name, ("title", "body"))
        exact_only = field_name == "exact"
        if isinstance(node, wq.Phrase):
            return self._phrase(list(node.words), fields, node.slop, parsed, exact_only)
        if isinstance(node, wq.FuzzyTerm):
            return self._fuzzy(node.text, fields, node.maxdist, parsed)
        if isinstance(node, wq.Prefix):
            return self._prefix(node.text, fields, parsed)
        if isinstance(node, wq.Wildcard):
            return self._wildcard(node.text, fields, parsed)
        if isinstance(node, wq.Term):
            query = self._word(node.text, fields, parsed, exact_only=exact_only)
            return query if query is not None else tantivy.Query.all_query()
        raise QueryError(f"this kind of query is not supported: {node!r}", parsed.text)

    def _boolean(self, clauses, parsed: ParsedQuery) -> tantivy.Query:
        translated = []
        for occur, child in clauses:
            if isinstance(child, wq.Term) and getattr(child, "fieldname", "") == "text" and self._is_stopword(child.text):
                continue  # a stopword alone must not make AND fail: the exact view is in the phrase path
            translated.append((occur, self._translate(child, parsed)))
        if not translated:
            return tantivy.Query.all_query()
        if len(translated) == 1 and translated[0][0] != tantivy.Occur.MustNot:
            return translated[0][1]
        if all(o == tantivy.Occur.MustNot for o, _ in translated):
            translated.append((tantivy.Occur.Must, tantivy.Query.all_query()))
        return tantivy.Query.boolean_query(translated)

    def _with_proximity(self, query: tantivy.Query, children) -> tantivy.Query:
        """Reward articles where the words of an AND stand close together, in query order."""
        words = [c.text for c in children if isinstance(c, wq.Term) and c.fieldname == "text"]
        stems = [w.stem for w in map(self.analyzer.word, words) if w.stem]
        if len(stems) < 2:
            return query
        near = [
            tantivy.Query.boost_query(
                tantivy.Query.phrase_query(self.schema, f"{f}_stem", stems, slop=PROXIMITY_SLOP),
                PROXIMITY_BOOST * (TITLE_BOOST if f == "title" else 1.0),
            )
            for f in ("title", "body")
        ]
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, query), *((tantivy.Occur.Should, q) for q in near)]
        )

    def _is_stopword(self, surface: str) -> bool:
        w = self.analyzer.word(surface)
        return bool(w.exact) and not w.stem

    # -- text clauses ----------------------------------------------------------------------------

    def _term(self, view: str, field_name: str, term: str, boost: float) -> tantivy.Query:
        q = tantivy.Query.term_query(self.schema, f"{field_name}_{view}", term)
        boost *= TITLE_BOOST if field_name == "title" else 1.0
        return q if boost == 1.0 else tantivy.Query.boost_query(q, boost)

    def _word(self, surface: str, fields, parsed: ParsedQuery, *, exact_only: bool = False) -> tantivy.Query | None:
        w = self.analyzer.word(surface)
        if not w.exact:
            return None
        parsed.has_text = True
        parsed.highlight.exact.add(w.exact)
        clauses = [self._term("exact", f, w.exact, EXACT_BOOST) for f in fields]
        if w.stem and not exact_only:
            parsed.highlight.stem.add(w.stem)
            clauses += [self._term("stem", f, w.stem, 1.0) for f in fields]
        if len(clauses) == 1:
            return clauses[0]
        return tantivy.Query.disjunction_max_query(clauses, tie_breaker=0.3)

    def _phrase(self, words: list[str], fields, slop: int, parsed: ParsedQuery, exact_only: bool) -> tantivy.Query:
        analysed = [self.analyzer.word(t.group()) for w in words for t in iter_tokens(w)]
        analysed = [a for a in analysed if a.exact]
        if not analysed:
            return tantivy.Query.all_query()
        if len(analysed) == 1:
            return self._word(analysed[0].exact, fields, parsed, exact_only=exact_only) or tantivy.Query.all_query()
        parsed.has_text = True
        exact_terms = [a.exact for a in analysed]
        stem_terms = [a.stem for a in analysed if a.stem]
        parsed.highlight.exact.update(exact_terms)
        clauses = [self._phrase_view("exact", f, exact_terms, slop, EXACT_BOOST) for f in fields]
        if not exact_only and len(stem_terms) > 1:
            parsed.highlight.stem.update(stem_terms)
            clauses += [self._phrase_view("stem", f, stem_terms, slop, 1.0) for f in fields]
        return tantivy.Query.disjunction_max_query(clauses, tie_breaker=0.3)

    def _phrase_view(self, view: str, field_name: str, terms: list[str], slop: int, boost: float) -> tantivy.Query:
        q = tantivy.Query.phrase_query(self.schema, f"{field_name}_{view}", terms, slop=slop)
        boost *= TITLE_BOOST if field_name == "title" else 1.0
        return tantivy.Query.boost_query(q, boost)

    def _fuzzy(self, surface: str, fields, distance: int, parsed: ParsedQuery) -> tantivy.Query:
        w = self.analyzer.word(surface)
        if not w.exact:
            return tantivy.Query.all_query()
        parsed.has_text = True
        distance = max(1, min(int(distance), 2))
        term = w.stem or w.exact
        view = "stem" if w.stem else "exact"
        parsed.highlight.stem.add(term)
        clauses = [
            tantivy.Query.fuzzy_term_query(self.schema, f"{f}_{view}", term, distance=distance, transposition_cost_one=True)
            for f in fields
        ]
        return clauses[0] if len(clauses) == 1 else tantivy.Query.disjunction_max_query(clauses, tie_breaker=0.3)

    def _prefix(self, surface: str, fields, parsed: ParsedQuery) -> tantivy.Query:
        w = self.analyzer.word(surface)
        if not w.exact:
            raise QueryError("a prefix query needs at least one letter before *", parsed.text)
        parsed.has_text = True
        parsed.highlight.prefixes.update({w.exact, w.base})
        clauses = []
        for f in fields:
            clauses.append(tantivy.Query.regex_query(self.schema, f"{f}_exact", re.escape(w.exact) + ".*"))
            if w.base:
                clauses.append(tantivy.Query.regex_query(self.schema, f"{f}_stem", re.escape(w.base) + ".*"))
        return tantivy.Query.disjunction_max_query(clauses, tie_breaker=0.3)

    def _wildcard(self, text: str, fields, parsed: ParsedQuery) -> tantivy.Query:
        parts = [self.analyzer.word(p).exact if p else "" for p in re.split(r"[*?]", text)]
        pattern = ""
        for piece, joker in zip(parts, re.findall(r"[*?]", text) + [""]):
            pattern += re.escape(piece) + {"*": ".*", "?": ".", "": ""}[joker]
        parsed.has_text = True
        clauses = [tantivy.Query.regex_query(self.schema, f"{f}_exact", pattern) for f in fields]
        return clauses[0] if len(clauses) == 1 else tantivy.Query.disjunction_max_query(clauses)

    # -- filters ---------------------------------------------------------------------------------

    def _filter(self, node, parsed: ParsedQuery) -> tantivy.Query:
        field_name = node.fieldname
        value = str(getattr(node, "text", "") or "").strip()
        if isinstance(node, wq.Phrase):
            value = " ".join(node.words)
        if not value:
            raise QueryError(f"{field_name}: needs a value, e.g. {field_name}:{_EXAMPLES[field_name]}", parsed.text)
        if field_name in ("date", "event"):
            return self._date_filter(field_name, value, parsed)
        if field_name == "weapon":
            key = self.resolvers.weapon(value)
            if key is None:
                names = ", ".join(self.resolvers.weapon_names())
                raise QueryError(f"unknown weapon {value!r}; weapons are: {names}", parsed.text, _find(parsed.text, value))
            return self._constant(tantivy.Query.term_query(self.schema, "weapon", key))
        if field_name == "location":
            path = self.resolvers.location(value)
            if path is None:
                raise QueryError(
                    f"unknown place {value!r}; try its Arabic or English name (e.g. العراق, الأنبار, Iraq), "
                    "or quote a name of several words",
                    parsed.text,
                    _find(parsed.text, value),
                )
            parsed.location_paths.append(tuple(path))
            facet = tantivy.Facet.from_encoded("\x00".join(path).encode())
            return self._constant(tantivy.Query.term_query(self.schema, "location", facet))
        if field_name == "source":
            known = self.resolvers.sources()
            if known and value.lower() not in known:
                raise QueryError(f"unknown source {value!r}; sources are: {', '.join(known)}", parsed.text, _find(parsed.text, value))
            return self._constant(tantivy.Query.term_query(self.schema, "source", value.lower()))
        raise QueryError(f"unknown field {field_name!r}", parsed.text)

    def _date_filter(self, field_name: str, value: str, parsed: ParsedQuery) -> tantivy.Query:
        try:
            interval: Interval = parse_interval(value)
        except DateValueError as error:
            raise QueryError(f"{field_name}: {error}", parsed.text, _find(parsed.text, value)) from None
        target = "published" if field_name == "date" else "event_date"
        query = tantivy.Query.range_query(
            self.schema, target, tantivy.FieldType.Date, interval.start or _MIN, interval.end or _MAX,
            include_lower=True, include_upper=False,
        )
        return self._constant(query)

    @staticmethod
    def _constant(query: tantivy.Query) -> tantivy.Query:
        return tantivy.Query.const_score_query(query, 0.0)


def _unhighlighted(parsed: ParsedQuery) -> ParsedQuery:
    """A throwaway ParsedQuery, so words under NOT are not highlighted in the hits."""
    return ParsedQuery(text=parsed.text, query=parsed.query, has_text=parsed.has_text)


def _find(text: str, value: str) -> int | None:
    index = text.find(value)
    return index if index >= 0 else None


_EXAMPLES = {"weapon": "drone", "location": "العراق", "source": "okaz", "date": "2015-07-21", "event": "2015-07", "sort": "-date"}
_MIN = datetime(1800, 1, 1)  # open ends of a date range
_MAX = datetime(2200, 1, 1)
