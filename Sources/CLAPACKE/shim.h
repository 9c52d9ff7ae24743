#ifndef FISCALLENS_CLAPACKE_SHIM_H
#define FISCALLENS_CLAPACKE_SHIM_H
// Netlib's LAPACKE (liblapacke-dev), which calls the LAPACK inside OpenBLAS.
#include <lapacke.h>
// lapack_int is a macro, which Swift does not import; give it a type name.
typedef lapack_int lapack_int_t;
#endif
