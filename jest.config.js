// Three projects: fast unit/component tests (jsdom), Node-side tests (emulator REST, conformance, build
// output), and end-to-end tests that drive Debian's Chromium against the emulator.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.(t|j)sx?$": tsJest },
  transformIgnorePatterns: ["node_modules/(?!(azure-devops-ui|azure-devops-extension-api)/)"],
  moduleNameMapper: {
    "\\.(css|scss)$": "<rootDir>/test/support/styleMock.js",
    // The SDK only runs inside a host frame; tests get a mock that fails loudly if anything reaches it.
    "^azure-devops-extension-sdk$": "<rootDir>/test/support/sdkMock.ts",
  },
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/{domain,ado,components,contributions,workflow}/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/support/setupDom.ts"],
    },
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{build,emulator,conformance,bench,verify}/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      slowTestThreshold: 60,
    },
  ],
};
