#pragma once
// createLocationSource: the source the profile's "location" section names. The caller owns it
// and calls start() once its fixChanged is connected.

#include "geofix.h"
#include "locationprofile.h"

#include <memory>

class LocationSource;

// fixed: the position used for source "fixed" (the profile's latitude/longitude; valid = false
// for a device without one).
std::unique_ptr<LocationSource> createLocationSource(const LocationProfile &profile, const GeoFix &fixed);
