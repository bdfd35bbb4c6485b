package dk.styrbord.repl;

/**
 * What {@code help("name")} says about one helper.
 *
 * @param name the helper's name at the prompt, e.g. {@code kommune}
 * @param task the task it belongs to in {@code help()}, e.g. "Municipalities / Kommuner"
 * @param signature how it is called, e.g. {@code kommune(String nameOrCode)}
 * @param english what it does, in English
 * @param danish what it does, in Danish
 * @param example a snippet that runs at the prompt as it stands
 */
public record HelpEntry(
    String name, String task, String signature, String english, String danish, String example) {}
