// The model, loader and validator live in JCTARules so the build tool can load editions with them;
// everything that imports JCTACore sees them as before.
@_exported import JCTARules
