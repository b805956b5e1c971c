package org.dudao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.dudao.TestDatabaseProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.transaction.TestTransaction;

/** The registry's database rules and the audit listener, on H2 and on MariaDB. */
@DataJpaTest
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@AutoConfigureTestDatabase(replace = Replace.NONE)
class RegistryPersistenceTest {

    @Autowired Units units;
    @Autowired Contacts contacts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    static String code() {
        return "T-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    Unit township(String code) {
        Unit unit = new Unit(code, "测试镇", UnitKind.TOWNSHIP);
        unit.describe("测试镇", false, null);
        return unit;
    }

    static void login(String user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList("GROUP_office")));
    }

    @Test
    void codesAreStoredInUpperCaseAndUniqueInTheDatabase() {
        String code = code();
        Unit saved = units.saveAndFlush(township(code.toLowerCase()));
        assertThat(saved.getCode()).isEqualTo(code);
        assertThat(saved.groupId()).isEqualTo("unit-" + code.toLowerCase());
        assertThatThrownBy(() -> units.saveAndFlush(township(code))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseKeepsOneLiaisonPerUnit() {
        Unit unit = units.saveAndFlush(township(code()));
        Contact first = new Contact(unit.getId());
        first.describe("甲", null, null, null, null);
        first.liaison(true);
        contacts.saveAndFlush(first);
        Contact plain = new Contact(unit.getId());
        plain.describe("乙", null, null, null, null);
        contacts.saveAndFlush(plain);
        Contact second = new Contact(unit.getId());
        second.describe("丙", null, null, null, null);
        second.liaison(true);
        assertThatThrownBy(() -> contacts.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void everyWriteIsAuditedWithWhoAndWhatChanged() {
        login("office1");
        Unit unit = units.saveAndFlush(township(code()));
        unit.describe("改名镇", false, "新地址");
        units.saveAndFlush(unit);
        Contact contact = new Contact(unit.getId());
        contact.describe("甲", null, null, null, null);
        contacts.saveAndFlush(contact);
        SecurityContextHolder.clearContext();
        contacts.delete(contact);
        contacts.flush();

        List<Map<String, Object>> unitEntries = jdbc.queryForList(
                "select actor, action, changes, case_id from audit_entry where entity_type = 'Unit' and entity_id = ? order by id",
                unit.getId());
        assertThat(unitEntries).extracting(e -> e.get("ACTION") == null ? e.get("action") : e.get("ACTION"))
                .containsExactly("CREATE", "UPDATE");
        Map<String, Object> created = unitEntries.get(0);
        assertThat(value(created, "actor")).isEqualTo("office1");
        assertThat((String) value(created, "changes")).contains("\"field\":\"code\"").contains(unit.getCode());
        assertThat(value(created, "case_id")).isNull();
        String update = (String) value(unitEntries.get(1), "changes");
        assertThat(update).contains("\"field\":\"name\",\"old\":\"测试镇\",\"new\":\"改名镇\"")
                .contains("\"field\":\"address\",\"old\":null,\"new\":\"新地址\"")
                .doesNotContain("\"field\":\"code\"").doesNotContain("version");
        List<Map<String, Object>> contactEntries = jdbc.queryForList(
                "select actor, action from audit_entry where entity_type = 'Contact' and entity_id = ? order by id", contact.getId());
        assertThat(contactEntries).extracting(e -> value(e, "action")).containsExactly("CREATE", "DELETE");
        assertThat(value(contactEntries.get(1), "actor")).isEqualTo("system");
    }

    @Test
    void aRolledBackWriteLeavesNoAuditEntry() {
        Integer before = jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
        units.saveAndFlush(township(code()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(before + 1);
        TestTransaction.flagForRollback();
        TestTransaction.end();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Integer.class)).isEqualTo(before);
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
