"""Content packs: courses, learning paths, personas, scenarios, rubrics, quizzes and
certification programs as folders (or zips) of YAML or JSON files, imported and exported
through the apps' own models. The demo is one (``demo/`` at the repository root).

The format is described in README.md ("Content packs") and by the JSON Schemas in
``packs/schemas/``. This app sits above the product apps: it may import any of them, and
none of them imports it.
"""
