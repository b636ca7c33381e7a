#include "nmeatransport.h"
