"""Files in and out: importers and exporters (csv, xlsx, pdf); no widgets."""
