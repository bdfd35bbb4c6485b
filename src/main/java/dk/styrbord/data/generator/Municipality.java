package dk.styrbord.data.generator;

/**
 * One of the 98 municipalities as the generator uses it.
 *
 * <p>Example: {@code new MunicipalitiesDataset(GenerateData.SOURCES).byCode(350)} is Lejre.
 *
 * @param code DST's 3-digit municipality code without leading zero, e.g. 350
 * @param name DST's current official name, e.g. {@code Lejre}
 * @param region the region it belongs to
 * @param group DST's municipality group (kommunegruppe), e.g. {@code Oplandskommuner}
 */
record Municipality(int code, String name, Region region, String group) {}
