package org.dudao.demo;

import java.time.LocalDate;
import java.util.List;

import org.dudao.inspector.DutyKind;
import org.dudao.inspector.Employment;
import org.dudao.organization.Ownership;
import org.dudao.organization.SchoolKind;

/** The shape of {@code demo/wusheng.yaml}. */
record DemoFile(String county, String educationAuthority, List<Department> departments, List<Township> townships,
                List<School> schools, List<UnitLiaison> unitLiaisons, List<Inspector> inspectors, List<User> users) {

    record Department(String code, String name, boolean committeeMember) {
    }

    record Township(String code, String name) {
    }

    record Liaison(String name, String title, String phone, String email, String userId) {
    }

    record School(String code, String name, SchoolKind kind, Ownership ownership, String township, int students,
                  String licence, Liaison liaison) {
    }

    record UnitLiaison(String unit, String name, String title, String phone, String email, String userId) {
    }

    record Term(LocalDate start, LocalDate end) {
    }

    record Inspector(String name, String userId, Employment employment, DutyKind duty, String phone, String email,
                     boolean expert, List<String> specialities, List<Term> terms, List<String> schools) {
    }

    record User(String id, String firstName, String lastName, String email, String role, String unit,
                List<String> groups) {
    }
}
