"""Stage 3, lex: marker candidates (:mod:`.markers`), front matter (:mod:`.front`), part labels (:mod:`.lines`)."""
