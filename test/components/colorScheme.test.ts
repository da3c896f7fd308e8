import { colorSchemeFor, followThemeColorScheme } from "../../src/components/colorScheme";

describe("the frame's color scheme follows the host's theme", () => {
  it("reads light and dark from the theme's background colour", () => {
    expect(colorSchemeFor("rgba(255, 255, 255, 1)")).toBe("light");
    expect(colorSchemeFor("rgba(30, 30, 30, 1)")).toBe("dark");
    expect(colorSchemeFor("rgb(248,248,248)")).toBe("light");
    expect(colorSchemeFor("0, 0, 0")).toBe("dark");
    // Mid grey sits on the light side of L* 50; one shade darker is dark.
    expect(colorSchemeFor("rgb(128, 128, 128)")).toBe("light");
    expect(colorSchemeFor("rgb(110, 110, 110)")).toBe("dark");
    expect(colorSchemeFor("")).toBeUndefined();
    expect(colorSchemeFor("var(--palette-neutral-0)")).toBeUndefined();
  });

  it("switches when the SDK applies another theme", () => {
    const root = document.documentElement;
    root.style.setProperty("--background-color", "rgba(255, 255, 255, 1)");
    followThemeColorScheme(window);
    expect(root.style.getPropertyValue("color-scheme")).toBe("light");
    root.style.setProperty("--background-color", "rgba(30, 30, 30, 1)");
    window.dispatchEvent(new CustomEvent("themeApplied"));
    expect(root.style.getPropertyValue("color-scheme")).toBe("dark");
  });
});
