#ifndef FISCALLENS_CBLAS_SHIM_H
#define FISCALLENS_CBLAS_SHIM_H
// OpenBLAS's C interface. Debian reaches cblas.h through the alternatives
// system (openblas-pthread); the header also declares openblas_set_num_threads.
#include <cblas.h>
#endif
