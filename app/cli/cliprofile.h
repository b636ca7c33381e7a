#pragma once
// Which device profile a fieldterm-cli run uses: --profile FILE, else DIR/profile.json when
// present, else the built-in simulated device — with the command line's overrides applied and
// each override validated on its own, so an error names the option that caused it.

#include "clioptions.h"

#include "datapaths.h"
#include "deviceprofile.h"

bool resolveProfile(const CliOptions &options, const DataPaths &paths, DeviceProfile *out, QString *error);
