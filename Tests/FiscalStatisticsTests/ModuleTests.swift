import Testing
@testable import FiscalStatistics
