"""The English reader (``reader.EnglishReader``) and its families of rules, one module each."""
