#pragma once
class CliSession;
// enroll --server URL --code CODE: registers this device with the receiver (PROTOCOL.md §3).
int runEnroll(CliSession &session);
