import Testing
@testable import FiscalReports
