#pragma once
// `fieldterm-cli document templates [--json]` and `document render --template ID (--sample |
// --data FILE.json) --out FILE.pdf [--number 文号]`: the shipped templates and a PDF of one
// filled template, for tests, reprints and the back office. Never touches the evidence store,
// so it runs before CliSession opens it. Needs a QGuiApplication (fonts): main() makes one,
// offscreen, for this command.

#include "clioptions.h"

int runDocument(const CliOptions &options);
