#pragma once
// Downlink (docs/PROTOCOL.md §6): what the platform sends down — the power-item catalogue,
// document templates and inspection tasks. A received document is validated whole with the
// same loaders the terminal uses for its built-in copies, then written to
// <data>/downlink/<name>.json (temporary file, fsync, rename, fsync dir): applied entirely or
// not at all. The terminal prefers a valid downlink copy over its built-in one.
//
// Formats: catalogue = resources/catalogue/power-items.json's format; templates =
// {"templates": [<template JSON as in resources/templates>, …]}; tasks = {"tasks": [{"id",
// "title", …}, …]}.

#include "templateloader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

class PowerCatalogue;

namespace Downlink {

QString path(const QString &dataDir, const QString &name);

// Validates and writes atomically. False with *error (Chinese, names what is wrong).
bool apply(const QString &dataDir, const QString &name, const QByteArray &body, QString *error);

// The downlink catalogue when present and valid, else the embedded one. *source says which.
bool loadCatalogue(const QString &dataDir, PowerCatalogue *catalogue, QString *error, QString *source = nullptr);

// The embedded templates, overridden by downlink templates with the same id and a higher version.
TemplateLoadResult loadTemplates(const QString &dataDir);

// The downlink tasks (empty when none).
QJsonArray tasks(const QString &dataDir);

} // namespace Downlink
