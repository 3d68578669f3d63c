// Each e2e or browser file boots a database and the app (PGlite takes a few seconds on 2 cores).
jest.setTimeout(90_000);
