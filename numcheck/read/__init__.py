"""Reading: from text to the claims table (document, markup, sentences, numbers, quantities,
bounds, units, subjects, links, claims, lexicon). Imports nothing from `engine` or `lint`."""
