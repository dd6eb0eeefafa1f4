#include "sandbox/Clock.h"

// Clock is header-only; this unit keeps the one-class-per-file layout and the build list stable.
