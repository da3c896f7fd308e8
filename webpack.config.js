// One entry per contribution folder (src/contributions/<name>/index.tsx), one generated HTML page each,
// and chunks shared between entries so React, azure-devops-ui and the SDK load once and are cached.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const CssMinimizerPlugin = require("css-minimizer-webpack-plugin");

const FLUENT_ICON_FONT = /fluent-(regular|filled)-v[\d.]+\.woff2$/;
const contributionsDir = path.join(__dirname, "src", "contributions");
const contributions = fs
  .readdirSync(contributionsDir)
  .filter((name) => fs.existsSync(path.join(contributionsDir, name, "index.tsx")));

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    target: "web",
    devtool: production ? false : "eval-cheap-module-source-map",
    entry: Object.fromEntries(contributions.map((name) => [name, `./src/contributions/${name}/index.tsx`])),
    output: {
      path: path.join(__dirname, "dist", "web"),
      filename: "js/[name].[contenthash:8].js",
      chunkFilename: "js/[name].[contenthash:8].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      // Pages live one folder down (dist/web/<contribution>/index.html); assets resolve from there.
      publicPath: "../",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: {
        // Exactly one SDK copy: the api package's ESM build and our code must share the instance that
        // completed the handshake, or getClient() waits forever on an SDK that was never initialised.
        "azure-devops-extension-sdk$": path.join(
          __dirname,
          "node_modules",
          "azure-devops-extension-sdk",
          "esm",
          "SDK.min.js",
        ),
      },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: "ts-loader", exclude: /node_modules/, options: { transpileOnly: true } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        // Fonts and images are separate files: a browser downloads an icon font only when a glyph is shown.
        // azure-devops-ui's Fluent icon fonts (1.3 MB together) are cut to the icons that can be named.
        {
          test: FLUENT_ICON_FONT,
          type: "asset/resource",
          use: [path.join(__dirname, "scripts", "fonts", "iconFontLoader.js")],
        },
        { test: /\.(woff2?|ttf|eot|svg|png)$/, exclude: FLUENT_ICON_FONT, type: "asset/resource" },
      ],
    },
    plugins: [
      new MiniCssExtractPlugin({
        filename: "css/[name].[contenthash:8].css",
        chunkFilename: "css/[name].[contenthash:8].css",
        // Component styles are independent of each other; their order across shared chunks does not matter.
        ignoreOrder: true,
      }),
      ...contributions.map(
        (name) =>
          new HtmlWebpackPlugin({
            filename: `${name}/index.html`,
            chunks: [name],
            template: path.join(__dirname, "src", "page.html"),
            title: name,
            scriptLoading: "defer",
          }),
      ),
    ],
    optimization: {
      splitChunks: { chunks: "all", minSize: 10000 },
      runtimeChunk: "single",
      minimizer: ["...", new CssMinimizerPlugin()],
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
