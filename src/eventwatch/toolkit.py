"""Everything loaded once per run: knowledge bases, gazetteer, trigger lexicon, boilerplate
phrasing, date grammar, language model, spaCy. No stage keeps loaded data anywhere else.

Heavy parts load lazily so `eventwatch text` never pays for spaCy.
"""

from __future__ import annotations

import gc
from functools import cached_property
from typing import TYPE_CHECKING

from eventwatch.settings import Options

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier
    from spacy.language import Language

    from eventwatch.actors.resolve import ActorResolver
    from eventwatch.article.phrasing import Phrasing
    from eventwatch.dates import Grammar
    from eventwatch.events.lexicon import Lexicon
    from eventwatch.nlp.attributes import AttributeMemo
    from eventwatch.nlp.prefilter import TriggerFilter
    from eventwatch.places.gazetteer import Gazetteer


class Toolkit:
    """The loaded resources of one run, shared by every stage."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self._warm = False

    @cached_property
    def actors(self) -> ActorResolver:
        from eventwatch.actors.resolve import ActorResolver

        return ActorResolver.load(self.options.dictionary_paths())

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from eventwatch.places.gazetteer import Gazetteer

        return Gazetteer.load(self.options.dictionary_paths())

    @cached_property
    def lexicon(self) -> Lexicon:
        from eventwatch.events.lexicon import Lexicon

        return Lexicon.load(self.options.dictionary_paths())

    @cached_property
    def trigger_filter(self) -> TriggerFilter:
        from eventwatch.nlp.prefilter import TriggerFilter

        return TriggerFilter(self.lexicon.keywords())

    @cached_property
    def standalone_filter(self) -> TriggerFilter:
        """Triggers of acts told with no party named (`Lexicon.standalone_keywords`)."""
        from eventwatch.nlp.prefilter import TriggerFilter

        return TriggerFilter(self.lexicon.standalone_keywords())

    @cached_property
    def phrasing(self) -> Phrasing:
        """Boilerplate lines and outlet names (built-in plus user `boilerplate:` files)."""
        from eventwatch.article.phrasing import load_phrasing

        return load_phrasing(self.options.dictionaries)

    @cached_property
    def date_grammar(self) -> Grammar:
        from eventwatch.dates import default_grammar

        return default_grammar()

    @cached_property
    def language_model(self) -> LanguageIdentifier:
        """py3langid's model: asked for only when a text's function words leave a doubt."""
        from eventwatch.article.language import load_identifier

        return load_identifier()

    @cached_property
    def nlp(self) -> Language:
        from eventwatch.nlp.model import load_model

        return load_model()

    @cached_property
    def attribute_memo(self) -> AttributeMemo:
        from eventwatch.nlp.attributes import AttributeMemo

        return AttributeMemo(self.nlp)

    def with_options(self, options: Options) -> Toolkit:
        """A toolkit with other run options that shares what this one already loaded.

        Only for options that do not change what is loaded (workers, prefilter, batch size).
        """
        other = Toolkit(options)
        if options.dictionaries == self.options.dictionaries:
            other.__dict__.update({k: v for k, v in self.__dict__.items() if k not in ("options", "_warm")})
        return other

    def warm(self) -> Toolkit:
        """Load everything now (before forking workers, so they share the memory).

        The loaded knowledge lives as long as the run, so it leaves the garbage collector's
        view: collections then scan only what documents create, and forked workers do not
        copy the shared pages by touching their GC headers.
        """
        if self._warm:
            return self
        # not the language model: English news never needs it, and it costs half a second
        loaded = ("actors", "gazetteer", "lexicon", "trigger_filter", "phrasing", "date_grammar")
        for name in (*loaded, "nlp", "attribute_memo"):
            getattr(self, name)
        gc.collect()
        gc.freeze()
        self._warm = True
        return self
