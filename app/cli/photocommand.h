#pragma once
// `fieldterm-cli photo`: start the camera, take one photo once frames flow, wait until it is
// hashed and committed, print its path.

class CliSession;
int runPhoto(CliSession &session);
