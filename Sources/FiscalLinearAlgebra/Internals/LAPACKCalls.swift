// Every call into LAPACKE. Each wrapper takes column-major storage, performs the workspace query
// (lwork = -1) where the routine has one, converts sizes with a check, and turns a nonzero `info`
// into a typed LAPACKError.
import CLAPACKE

/// Converts a dimension to `lapack_int`, refusing values that do not fit.
@inline(__always)
func lapackInt(_ value: Int, _ routine: String) throws(LinearAlgebraError) -> lapack_int_t {
    guard let converted = lapack_int_t(exactly: value) else {
        throw .dimensionTooLarge(operation: routine, value: value)
    }
    return converted
}

@inline(__always)
private func check(_ info: lapack_int_t, _ routine: String) throws(LinearAlgebraError) {
    if info != 0 { throw .lapack(LAPACKError(routine: routine, info: Int(info))) }
}

@inline(__always)
private func char(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }

/// The optimal workspace size a query returned, at least `minimum`.
@inline(__always)
private func workspaceSize(_ query: Double, minimum: Int) -> Int {
    max(minimum, Int(query.rounded(.up)))
}

enum LAPACK {
    /// QR with column pivoting (`dgeqp3`). `a` is m×n, overwritten by R and the reflectors;
    /// returns the zero-based permutation and tau.
    /// With `fixingAllColumns`, every column is marked fixed and the factorization is unpivoted.
    static func geqp3(
        m: Int, n: Int, a: inout [Double], fixingAllColumns: Bool = false
    ) throws(LinearAlgebraError) -> (pivots: [Int], tau: [Double]) {
        let r = "dgeqp3"
        let mm = try lapackInt(m, r), nn = try lapackInt(n, r), lda = try lapackInt(max(1, m), r)
        var jpvt = [lapack_int_t](repeating: fixingAllColumns ? 1 : 0, count: n)
        var tau = [Double](repeating: 0, count: min(m, n))
        var query = 0.0
        try check(LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, mm, nn, &a, lda, &jpvt, &tau, &query, -1), r)
        var work = [Double](repeating: 0, count: workspaceSize(query, minimum: 3 * n + 1))
        let lwork = try lapackInt(work.count, r)
        try check(LAPACKE_dgeqp3_work(LAPACK_COL_MAJOR, mm, nn, &a, lda, &jpvt, &tau, &work, lwork), r)
        return (jpvt.map { Int($0) - 1 }, tau)
    }

    /// Forms the first `n` columns of Q from `k` reflectors (`dorgqr`). `a` is m×n.
    static func orgqr(m: Int, n: Int, k: Int, a: inout [Double], tau: [Double]) throws(LinearAlgebraError) {
        let r = "dorgqr"
        let mm = try lapackInt(m, r), nn = try lapackInt(n, r), kk = try lapackInt(k, r)
        let lda = try lapackInt(max(1, m), r)
        var query = 0.0
        try check(LAPACKE_dorgqr_work(LAPACK_COL_MAJOR, mm, nn, kk, &a, lda, tau, &query, -1), r)
        var work = [Double](repeating: 0, count: workspaceSize(query, minimum: max(1, n)))
        let lwork = try lapackInt(work.count, r)
        try check(LAPACKE_dorgqr_work(LAPACK_COL_MAJOR, mm, nn, kk, &a, lda, tau, &work, lwork), r)
    }

    /// Thin SVD (`dgesdd`, jobz = 'S'). Returns U (m×k), s (k), Vᵀ (k×n) with k = min(m, n).
    static func gesdd(m: Int, n: Int, a: inout [Double]) throws(LinearAlgebraError) -> (u: [Double], s: [Double], vt: [Double]) {
        let r = "dgesdd"
        let k = min(m, n)
        let mm = try lapackInt(m, r), nn = try lapackInt(n, r)
        let lda = try lapackInt(max(1, m), r), ldu = try lapackInt(max(1, m), r), ldvt = try lapackInt(max(1, k), r)
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: m * k)
        var vt = [Double](repeating: 0, count: k * n)
        var iwork = [lapack_int_t](repeating: 0, count: max(1, 8 * k))
        var query = 0.0
        try check(LAPACKE_dgesdd_work(
            LAPACK_COL_MAJOR, char("S"), mm, nn, &a, lda, &s, &u, ldu, &vt, ldvt, &query, -1, &iwork), r)
        var work = [Double](repeating: 0, count: workspaceSize(query, minimum: 1))
        let lwork = try lapackInt(work.count, r)
        try check(LAPACKE_dgesdd_work(
            LAPACK_COL_MAJOR, char("S"), mm, nn, &a, lda, &s, &u, ldu, &vt, ldvt, &work, lwork, &iwork), r)
        return (u, s, vt)
    }

    /// Cholesky factor, upper triangle (`dpotrf`). The strict lower triangle is left untouched.
    static func potrf(n: Int, a: inout [Double]) throws(LinearAlgebraError) {
        let r = "dpotrf"
        try check(LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, char("U"), try lapackInt(n, r), &a, try lapackInt(max(1, n), r)), r)
    }

    /// Inverse from an upper Cholesky factor (`dpotri`); writes the upper triangle.
    static func potri(n: Int, a: inout [Double]) throws(LinearAlgebraError) {
        let r = "dpotri"
        try check(LAPACKE_dpotri_work(LAPACK_COL_MAJOR, char("U"), try lapackInt(n, r), &a, try lapackInt(max(1, n), r)), r)
    }

    /// Solves A X = B from an upper Cholesky factor (`dpotrs`).
    static func potrs(n: Int, nrhs: Int, factor: [Double], b: inout [Double]) throws(LinearAlgebraError) {
        let r = "dpotrs"
        let ld = try lapackInt(max(1, n), r)
        try check(LAPACKE_dpotrs_work(
            LAPACK_COL_MAJOR, char("U"), try lapackInt(n, r), try lapackInt(nrhs, r), factor, ld, &b, ld), r)
    }

    /// Solves op(R) X = B for upper-triangular R (`dtrtrs`); fails on an exactly zero diagonal.
    static func trtrs(n: Int, nrhs: Int, transpose: Bool, r factor: [Double], ldr: Int, b: inout [Double]) throws(LinearAlgebraError) {
        let r = "dtrtrs"
        try check(LAPACKE_dtrtrs_work(
            LAPACK_COL_MAJOR, char("U"), char(transpose ? "T" : "N"), char("N"), try lapackInt(n, r),
            try lapackInt(nrhs, r), factor, try lapackInt(max(1, ldr), r), &b, try lapackInt(max(1, n), r)), r)
    }

    /// All eigenvalues (ascending) and eigenvectors of a symmetric matrix (`dsyevr`, upper).
    static func syevr(n: Int, a: inout [Double]) throws(LinearAlgebraError) -> (values: [Double], vectors: [Double]) {
        let r = "dsyevr"
        let nn = try lapackInt(n, r), ld = try lapackInt(max(1, n), r)
        var found: lapack_int_t = 0
        var w = [Double](repeating: 0, count: n)
        var z = [Double](repeating: 0, count: n * n)
        var isuppz = [lapack_int_t](repeating: 0, count: max(1, 2 * n))
        var query = 0.0
        var iquery: lapack_int_t = 0
        try check(LAPACKE_dsyevr_work(
            LAPACK_COL_MAJOR, char("V"), char("A"), char("U"), nn, &a, ld, 0, 0, 0, 0, 0,
            &found, &w, &z, ld, &isuppz, &query, -1, &iquery, -1), r)
        var work = [Double](repeating: 0, count: workspaceSize(query, minimum: max(1, 26 * n)))
        var iwork = [lapack_int_t](repeating: 0, count: max(Int(iquery), max(1, 10 * n)))
        try check(LAPACKE_dsyevr_work(
            LAPACK_COL_MAJOR, char("V"), char("A"), char("U"), nn, &a, ld, 0, 0, 0, 0, 0,
            &found, &w, &z, ld, &isuppz, &work, try lapackInt(work.count, r), &iwork,
            try lapackInt(iwork.count, r)), r)
        return (w, z)
    }

    /// Solves A X = B by LU with partial pivoting (`dgesv`).
    static func gesv(n: Int, nrhs: Int, a: inout [Double], b: inout [Double]) throws(LinearAlgebraError) {
        let r = "dgesv"
        let ld = try lapackInt(max(1, n), r)
        var ipiv = [lapack_int_t](repeating: 0, count: n)
        try check(LAPACKE_dgesv_work(LAPACK_COL_MAJOR, try lapackInt(n, r), try lapackInt(nrhs, r), &a, ld, &ipiv, &b, ld), r)
    }

    /// Minimum-norm least squares by divide-and-conquer SVD (`dgelsd`). `b` is max(m,n)×nrhs.
    static func gelsd(
        m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double], rcond: Double
    ) throws(LinearAlgebraError) -> (rank: Int, singularValues: [Double]) {
        let r = "dgelsd"
        let mm = try lapackInt(m, r), nn = try lapackInt(n, r), nr = try lapackInt(nrhs, r)
        let lda = try lapackInt(max(1, m), r), ldb = try lapackInt(max(1, m, n), r)
        var s = [Double](repeating: 0, count: min(m, n))
        var rank: lapack_int_t = 0
        var query = 0.0
        var iquery: lapack_int_t = 0
        try check(LAPACKE_dgelsd_work(
            LAPACK_COL_MAJOR, mm, nn, nr, &a, lda, &b, ldb, &s, rcond, &rank, &query, -1, &iquery), r)
        var work = [Double](repeating: 0, count: workspaceSize(query, minimum: 1))
        var iwork = [lapack_int_t](repeating: 0, count: max(1, Int(iquery)))
        try check(LAPACKE_dgelsd_work(
            LAPACK_COL_MAJOR, mm, nn, nr, &a, lda, &b, ldb, &s, rcond, &rank, &work,
            try lapackInt(work.count, r), &iwork), r)
        return (Int(rank), s)
    }
}
