package org.dudao;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hibernate's validation checks column types but not lengths: this checks that every enum
 * constant fits its VARCHAR column, on H2 and on MariaDB, so no enum value fails at run time.
 */
@DataJpaTest
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@AutoConfigureTestDatabase(replace = Replace.NONE)
class SchemaFitsTheModelTest {

    @Autowired EntityManager entityManager;
    @Autowired DataSource dataSource;

    @Test
    void everyEnumConstantFitsItsColumn() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (EntityType<?> entity : entityManager.getMetamodel().getEntities()) {
                Class<?> type = entity.getJavaType();
                String table = type.getAnnotation(Table.class).name();
                for (Field field : type.getDeclaredFields()) {
                    Class<?> enumType = null;
                    String columnTable = table;
                    String column = snake(field.getName());
                    if (field.getType().isEnum()) {
                        enumType = field.getType();
                    } else if (field.isAnnotationPresent(ElementCollection.class)
                            && field.getGenericType() instanceof ParameterizedType p
                            && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
                        enumType = element;
                        columnTable = field.getAnnotation(CollectionTable.class).name();
                    }
                    if (enumType == null) {
                        continue;
                    }
                    if (field.isAnnotationPresent(Column.class) && !field.getAnnotation(Column.class).name().isEmpty()) {
                        column = field.getAnnotation(Column.class).name();
                    }
                    int longest = Arrays.stream(enumType.getEnumConstants()).mapToInt(c -> ((Enum<?>) c).name().length()).max().orElse(0);
                    int size = columnSize(meta, connection.getCatalog(), columnTable, column);
                    checked++;
                    if (size < longest) {
                        problems.add(columnTable + "." + column + " holds " + size + " but " + enumType.getSimpleName() + " needs " + longest);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    private static int columnSize(DatabaseMetaData meta, String catalog, String table, String column) throws Exception {
        for (String t : List.of(table, table.toUpperCase())) {
            for (String c : List.of(column, column.toUpperCase())) {
                try (ResultSet rs = meta.getColumns(catalog, null, t, c)) {
                    if (rs.next()) {
                        return rs.getInt("COLUMN_SIZE");
                    }
                }
            }
        }
        throw new AssertionError("no column " + table + "." + column);
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
