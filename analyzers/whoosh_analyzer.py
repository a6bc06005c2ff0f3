"""khabar's analyzer as a whoosh-reloaded ``Analyzer``, so whoosh's query parser uses it unchanged.

Whoosh's own Arabic handling splits vocalised words at every haraka and root-stems them; this
tokenizer hands whoosh khabar's terms instead, with positions and character offsets.
"""

from __future__ import annotations

from whoosh.analysis import Token as WhooshToken
from whoosh.analysis import Tokenizer

from .pipeline import Analyzer, Mode


def whole_value_token(token: WhooshToken, value: str, positions: bool, chars: bool, start_pos: int, start_char: int) -> WhooshToken:
    """``token`` set to the whole of ``value``: what a whoosh tokenizer yields when asked not to
    tokenize (``tokenize=False``, for a field's value taken as one term)."""
    token.original = token.text = value
    token.boost, token.stopped = 1.0, False
    if positions:
        token.pos = start_pos
    if chars:
        token.startchar, token.endchar = start_char, start_char + len(value)
    return token


class ArabicTokenizer(Tokenizer):
    """A whoosh tokenizer yielding khabar's ``exact`` or ``stem`` terms."""

    def __init__(self, analyzer: Analyzer, mode: Mode = "stem") -> None:
        self.analyzer = analyzer
        self.mode = mode

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArabicTokenizer) and other.mode == self.mode

    def __call__(  # noqa: PLR0913 - whoosh's tokenizer protocol
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ):
        token = WhooshToken(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            yield whole_value_token(token, value, positions, chars, start_pos, start_char)
            return
        for t in self.analyzer.analyze(value, self.mode):
            token.text = t.term
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[t.start : t.end]
            if positions:
                token.pos = start_pos + t.position
            if chars:
                token.startchar, token.endchar = start_char + t.start, start_char + t.end
            yield token


def whoosh_analyzer(analyzer: Analyzer, mode: Mode = "stem") -> ArabicTokenizer:
    """A whoosh analyzer (a tokenizer is a complete analyzer in whoosh) for ``mode``."""
    return ArabicTokenizer(analyzer, mode)
