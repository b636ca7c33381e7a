#pragma once
// ClockCheck: the device clock's offset from the receiver's, measured from one request's round
// trip (PROTOCOL.md §8). The receiver stamps every response with `Fieldterm-Server-Time`
// (milliseconds since the epoch) and `Date` (RFC 9110, whole seconds); any other server gives
// Date only. The server read its clock somewhere inside the round trip, so its stamp is taken
// to be at the middle and the error is at most half the round trip (plus half a second for
// Date's rounding down to the second).

#include <QtGlobal>

struct HttpResponse;

struct ClockCheck {
    bool valid = false;
    qint64 offsetMs = 0;        // server − device: positive when the device clock is behind
    qint64 uncertaintyMs = 0;   // the offset is within ± this
    qint64 rttMs = 0;
    qint64 serverMs = 0;        // the server's stamp (ms since the epoch)
    bool precise = false;       // from Fieldterm-Server-Time rather than Date

    // The better of two measurements: valid first, then the smaller uncertainty.
    static ClockCheck better(const ClockCheck &a, const ClockCheck &b);
    // sentWallMs: the device's wall clock when the request started; elapsedMs: the monotonic
    // duration until the response was complete. Invalid when the response has no usable stamp.
    static ClockCheck fromResponse(const HttpResponse &response, qint64 sentWallMs, qint64 elapsedMs);
};
