import CBLAS

/// Controls the number of threads OpenBLAS uses.
///
/// OpenBLAS starts with all cores, or with `OPENBLAS_NUM_THREADS` when that variable is set.
public enum BLASThreads {
    /// The number of threads OpenBLAS will use for the next call (`openblas_get_num_threads`).
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of threads (`openblas_set_num_threads`); values below 1 are taken as 1.
    public static func set(_ count: Int) {
        openblas_set_num_threads(Int32(clamping: max(1, count)))
    }
}
